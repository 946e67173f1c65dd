// A studio that runs its web instances with BACKGROUND_WORK=off and `npm run worker` beside them:
// the web process queues mail but sends none; the worker, started here, sends it; the System page
// says which is the case.
import { spawn } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { caughtMail, waitForMail } from "./support/mail";
import { expectNoAxeViolations } from "./support/pages";
import { newStaff, projectDatabase, signInWithPassword, uniqueClientIp } from "./support/staff";
import { commonServerEnv, webOnlyTarget } from "./support/targets";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

async function systemStatus(page: Page) {
  await page.goto("/admin/system");
  return page.getByRole("status").innerText();
}

test("the web process sends nothing; a worker beside it does, and the System page tells which", async ({ page, request }) => {
  test.setTimeout(90_000);
  const db = await projectDatabase();
  const owner = await newStaff("OWNER");
  const email = `web-only.${Date.now()}@example.com`;
  const created = await request.post("/api/inquiries", {
    data: { roleNeeded: "ENGINEER", name: "Mira Patel", email, message: "Two songs to track live, drums and bass, next month.", consent: true },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  // However long we wait, this server sends nothing: its two emails stay queued.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(await db.outboxMessage.findMany({ where: { inquiryId: id }, select: { status: true } })).toEqual([{ status: "PENDING" }, { status: "PENDING" }]);
  expect((await caughtMail()).filter((mail) => mail.envelopeTo.includes(email))).toHaveLength(0);
  await signInWithPassword(page, owner.email, undefined, "/admin/system");
  // No worker yet: the page says so plainly. (The sign-in link would wait too; the password does not.)
  await expect.poll(() => systemStatus(page), { timeout: 30_000 }).toContain("No background worker has been seen in the last minute");
  await expectNoAxeViolations(page);

  const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, ...commonServerEnv, ...webOnlyTarget.env, BACKGROUND_WORK: "on", NODE_ENV: "production" },
    stdio: "ignore",
  });
  const exited = new Promise<number | null>((resolve) => worker.once("exit", (code) => resolve(code)));
  try {
    const acknowledgement = await waitForMail(email, (mail) => mail.parsed.subject?.startsWith("We received your inquiry") ?? false, 30_000);
    expect(acknowledgement.parsed.subject).toContain("We received your inquiry");
    await expect.poll(() => systemStatus(page), { timeout: 15_000 }).toMatch(/Mail is flowing|waiting/);
    await expect(page.getByText(/^worker:/)).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    worker.kill("SIGTERM");
  }
  expect(await exited).toBe(0);
});
