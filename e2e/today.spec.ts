// /admin opens on the day sheet: a session starting within the hour is listed under its room,
// by the artist's name, one click from its lead; the page passes axe.
import { expect, test } from "@playwright/test";
import { generateReference } from "../lib/inquiries/generate-reference";
import { createRoom, insertSession } from "../test/support/booking-fixtures";
import { expectNoAxeViolations } from "./support/pages";
import { newStaff, projectDatabase, signInWithPassword, uniqueClientIp } from "./support/staff";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

test("the day sheet lists the next session by room and artist, and links to its lead", async ({ page }) => {
  const db = await projectDatabase();
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const room = await createRoom(db, { name: `Today room ${unique}` });
  const lead = await db.inquiry.create({
    data: { reference: generateReference(), roleNeeded: "ENGINEER", name: `Ada Bell ${unique}`, artistName: `The Bells ${unique}`, email: `ada.${unique}@example.com`, message: "Tracking drums and bass today, two songs.", consentedAt: new Date() },
  });
  const startsAt = new Date(Date.now() + 30 * 60_000);
  await insertSession(db, { inquiryId: lead.id, roomId: room.id, status: "CONFIRMED", startsAt, endsAt: new Date(startsAt.getTime() + 60 * 60_000), confirmedAt: new Date() });

  const staff = await newStaff("STAFF");
  await signInWithPassword(page, staff.email, undefined, "/admin");
  // Today's, or tomorrow's when the test runs in the last half hour of the studio's day.
  const sheet = page.getByRole("region", { name: /^(Today|Tomorrow), / }).filter({ hasText: room.name });
  await expect(sheet.getByRole("heading", { level: 3, name: room.name })).toBeVisible();
  await expect(sheet.getByText("Confirmed", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Waiting for a first answer" })).toBeVisible();
  await expectNoAxeViolations(page);
  await sheet.getByRole("link", { name: `The Bells ${unique} (Ada Bell ${unique})` }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/leads/${lead.id}$`));
});
