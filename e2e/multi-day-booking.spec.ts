// A booking of two days, from the lead page: booked as one, confirmed with one click, and the
// artist gets one email that lists both dates, with one calendar event for each.
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { generateReference } from "../lib/inquiries/generate-reference";
import { addDays, todayIn, weekdayOf } from "../lib/time/zoned-time";
import { createRoom } from "../test/support/booking-fixtures";
import { caughtMail, waitForMail } from "./support/mail";
import { expectNoAxeViolations } from "./support/pages";
import { newStaff, projectDatabase, signInWithPassword, uniqueClientIp } from "./support/staff";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

test("an owner books two days as one booking and confirms them together; the artist gets one email with both", async ({ page }) => {
  const db = await projectDatabase();
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const { timeZone } = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 } });
  const room = await createRoom(db, { name: `Two-day room ${unique}` });
  const lead = await db.inquiry.create({
    data: { reference: generateReference(), roleNeeded: "BOTH", name: `Noor Vale${unique}`, email: `noor.${unique}@example.com`, message: "Two days to track an EP.", consentedAt: new Date() },
  });
  // Two weekdays about five weeks ahead, clear of the specs that book nearer days.
  let first = addDays(todayIn(timeZone), 35 + Math.floor(Math.random() * 200));
  while (weekdayOf(first) > 4) first = addDays(first, 1);
  const second = addDays(first, 1);

  const owner = await newStaff("OWNER");
  await signInWithPassword(page, owner.email, undefined, `/admin/leads/${lead.id}`);
  const sessions = page.getByRole("region", { name: "Sessions" });
  await sessions.getByLabel("Room", { exact: true }).selectOption({ label: room.name });
  await sessions.getByLabel("First date").fill(first);
  await sessions.getByLabel("Another date (optional)").first().fill(second);
  // The form says, for each day chosen, whether the room (and anyone chosen) is free.
  const freeBusy = sessions.getByRole("region", { name: "Free and busy on the chosen days" });
  await expect(freeBusy).toContainText(`${room.name}: free all day`);
  await sessions.getByLabel("Start", { exact: true }).fill("11:00");
  await sessions.getByLabel("End", { exact: true }).fill("17:00");
  await sessions.getByLabel("Book outside opening hours or on a closure").check();
  await sessions.getByRole("button", { name: "Book", exact: true }).click();
  await expect(sessions.getByText("2 sessions on hold.")).toBeVisible();

  const booking = sessions.getByRole("region", { name: /^Booking of 2 days/ });
  await expect(booking.getByRole("button", { name: "Confirm this day" })).toHaveCount(2);
  await expectNoAxeViolations(page);
  // The owner's whole journey from here: one click.
  await booking.getByRole("button", { name: "Confirm all 2 days" }).click();
  // The confirm buttons go with the holds; each day now says it is confirmed.
  await expect(booking.getByText("Confirmed", { exact: true })).toHaveCount(2);
  await expect(booking.getByRole("button", { name: /^Confirm/ })).toHaveCount(0);

  const mail = await waitForMail(lead.email, (candidate) => /confirmed/i.test(candidate.parsed.subject ?? ""));
  expect(mail.parsed.subject).toMatch(/^Sessions confirmed: .+ and .+ \(/);
  expect(mail.parsed.text).toMatch(/When: .*11:00 .* – 17:00 [\s\S]*When: .*11:00 .* – 17:00 /);
  const calendarPart = mail.parsed.attachments.find((attachment) => attachment.mimeType === "text/calendar")!;
  const content = typeof calendarPart.content === "string" ? calendarPart.content : new TextDecoder().decode(calendarPart.content as ArrayBuffer);
  const events = new ICAL.Component(ICAL.parse(content)).getAllSubcomponents("vevent");
  expect(events).toHaveLength(2);
  expect(new Set(events.map((event) => String(event.getFirstPropertyValue("uid")))).size).toBe(2);
  // One email, not one per day.
  expect((await caughtMail()).filter((candidate) => candidate.envelopeTo.includes(lead.email) && /confirmed/i.test(candidate.parsed.subject ?? ""))).toHaveLength(1);

  // The whole booking a week later: one form, one email for both days.
  await booking.getByText("Move the whole booking").click();
  await booking.getByLabel("New first day").fill(addDays(first, 7));
  await booking.getByRole("button", { name: "Move all 2 days" }).click();
  await expect(booking.getByText("Booking moved (2 days).")).toBeVisible();
  const movedMail = await waitForMail(lead.email, (candidate) => /^Sessions moved/.test(candidate.parsed.subject ?? ""));
  expect(movedMail.parsed.text).toMatch(/It was: [\s\S]*It was: /);
});
