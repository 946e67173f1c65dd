// Runs against a server whose DATABASE_URL points at a closed port (see playwright.config.ts).
import { expect, test } from "@playwright/test";

test("readiness answers 503 with a reason while the static site keeps serving", async ({ request }) => {
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(503);
  expect(await ready.json()).toEqual({ status: "unavailable", reason: "database unreachable" });
  expect((await request.get("/api/health")).status()).toBe(200);
  expect((await request.get("/roles/recording-engineer")).status()).toBe(200);
});
