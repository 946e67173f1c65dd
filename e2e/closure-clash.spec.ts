// A closure over a day with a live session lists that session before anything is saved.
import { expect, test } from "@playwright/test";
import { generateReference } from "../lib/inquiries/generate-reference";
import { addDays, todayIn, wallClockToInstant } from "../lib/time/zoned-time";
import { createRoom, insertSession } from "../test/support/booking-fixtures";
import { expectNoAxeViolations } from "./support/pages";
import { newStaff, projectDatabase, signInWithPassword, uniqueClientIp } from "./support/staff";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
test.setTimeout(90_000);

test("a closure over a booked day lists the session before saving, and is added only when kept on purpose", async ({ page }) => {
  const db = await projectDatabase();
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const { timeZone } = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 } });
  // Far ahead of other specs' sessions and closures (the settings spec closes days 1000–1500 ahead).
  const day = addDays(todayIn(timeZone), 1600 + Math.floor(Math.random() * 300));
  const room = await createRoom(db, { name: `Clash room ${unique}` });
  const lead = await db.inquiry.create({ data: { reference: generateReference(), roleNeeded: "ENGINEER", name: `Lena Okafor${unique}`, email: `lena.${unique}@example.com`, message: "A day to track vocals.", consentedAt: new Date() } });
  const startsAt = wallClockToInstant(day, 11 * 60, timeZone);
  await insertSession(db, { inquiryId: lead.id, roomId: room.id, startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000), status: "HOLD", holdExpiresAt: new Date(startsAt.getTime() - 86_400_000) });

  const owner = await newStaff("OWNER");
  await signInWithPassword(page, owner.email, undefined, "/admin/settings");
  const form = page.getByRole("region", { name: "Add a closure", exact: true });
  await form.getByLabel("First day").fill(day);
  await form.getByLabel("Last day").fill(day);
  await form.getByLabel("Reason").fill(`Clash ${unique}`);
  await form.getByRole("button", { name: "Add closure" }).click();
  await expect(form.getByText(new RegExp(`A live session falls on those days: .*${room.name} \\(${lead.reference}\\)`)).first()).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await db.closure.count({ where: { reason: `Clash ${unique}` } })).toBe(0);

  await form.getByLabel(/Keep any sessions already booked/).check();
  await form.getByRole("button", { name: "Add closure" }).click();
  await expect(form.getByText("Closure added.")).toBeVisible();
  await db.closure.deleteMany({ where: { reason: `Clash ${unique}` } });
});
