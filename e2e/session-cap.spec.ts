// A staff session slides with use, but never past SESSION_MAX_DAYS from the sign-in itself.
import { expect, test } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { SESSION_IDLE_HOURS, SESSION_MAX_DAYS } from "../lib/auth/session-lifetime";
import { E2E_AUTH_SECRET } from "./support/app-url";
import { newStaff, projectDatabase } from "./support/staff";

const DAY = 86_400_000;

test("a session older than the cap must sign in again, however recently it was used", async ({ playwright, baseURL }) => {
  const staff = await newStaff();
  const { tokenVersion } = await (await projectDatabase()).user.findUniqueOrThrow({ where: { id: staff.id } });
  // What next-auth itself would have issued on the last request: fresh expiry, old sign-in.
  const sessionCookie = async (signedInAt: number) => {
    const token = await encode({ token: { sub: staff.id, email: staff.email, tokenVersion, signedInAt }, secret: E2E_AUTH_SECRET, maxAge: SESSION_IDLE_HOURS * 3600 });
    return `__Secure-next-auth.session-token=${token}`;
  };
  const visit = async (cookie: string) => {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie } });
    const session = await (await context.get("/api/auth/session")).json();
    const page = await context.get("/admin/account", { maxRedirects: 0 });
    await context.dispose();
    return { session, status: page.status(), location: page.headers().location ?? "" };
  };

  const recent = await visit(await sessionCookie(Date.now() - (SESSION_MAX_DAYS - 1) * DAY));
  expect(recent.session.staff).toMatchObject({ id: staff.id });
  expect(recent.status).toBe(200);

  const old = await visit(await sessionCookie(Date.now() - (SESSION_MAX_DAYS + 1) * DAY));
  expect(old.session).toEqual({});
  expect(old.status).toBe(307);
  expect(old.location).toContain("/admin/sign-in");
});
