// The booking path end to end: a lead gets a hold, the public availability page shows that time
// busy, the hold is confirmed, and the artist receives the calendar invitation on the loopback
// SMTP server, an invitation whose event is the session's time.
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { generateReference } from "../lib/inquiries/generate-reference";
import { addDays, todayIn, wallClockToInstant, weekdayOf } from "../lib/time/zoned-time";
import { waitForMail } from "./support/mail";
import { expectNoAxeViolations } from "./support/pages";
import { newStaff, projectDatabase, signInWithPassword, uniqueClientIp } from "./support/staff";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

test("lead → hold → busy on /book → confirm → the artist's calendar invitation", async ({ page }) => {
  const db = await projectDatabase();
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const { timeZone } = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 } });
  const room = await db.room.create({ data: { name: `Booth ${unique}`, hourlyRateCents: 4_500, dayRateCents: 32_000 } });
  const lead = await db.inquiry.create({
    data: {
      reference: generateReference(),
      roleNeeded: "ENGINEER",
      name: `Ada Bell${unique}`,
      email: `ada.${unique}@example.com`,
      message: "Tracking drums and bass for two songs; we have our own producer and need an engineer.",
      consentedAt: new Date(),
    },
  });
  // Ten days ahead (inside /book's calendar), moved off Sunday, when the studio is closed by default.
  let date = addDays(todayIn(timeZone), 10);
  if (weekdayOf(date) === 7) date = addDays(date, 1);

  const owner = await newStaff("OWNER");
  await signInWithPassword(page, owner.email, undefined, `/admin/leads/${lead.id}`);
  const sessions = page.getByRole("region", { name: "Sessions" });
  await sessions.getByLabel("Room", { exact: true }).selectOption({ label: room.name });
  await sessions.getByLabel("First date").fill(date);
  await sessions.getByLabel("Start", { exact: true }).fill("11:00");
  await sessions.getByLabel("End", { exact: true }).fill("13:00");
  // An owner's override keeps this test independent of whatever opening hours other specs set.
  await sessions.getByLabel("Book outside opening hours or on a closure").check();
  await sessions.getByRole("button", { name: "Book", exact: true }).click();
  await expect(sessions.getByText("Session on hold.")).toBeVisible();
  await expect(sessions.getByText("Hold", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // The public page shows the room busy at that time, and says nothing about whose session it is.
  await page.goto(`/book?room=${room.id}&kind=hourly&day=${date}`);
  const day = page.locator("#when-day").locator("..");
  if (await page.getByText("The studio is closed that day.").count()) {
    // Closed that day by opening hours: then nothing at all can be picked for it.
    await expect(day).not.toContainText("Add these hours");
  } else {
    await expect(day).toContainText("Already taken that day: 11:00–13:00");
  }
  await expect(page.locator("body")).not.toContainText(lead.reference);
  await expect(page.locator("body")).not.toContainText(lead.name);

  await page.goto(`/admin/leads/${lead.id}`);
  await sessions.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(sessions.getByText("Confirmed", { exact: true })).toBeVisible();
  await expect(page.getByText(/confirmed a session/)).toBeVisible();

  const mail = await waitForMail(lead.email, (candidate) => /confirmed/i.test(candidate.parsed.subject ?? ""));
  expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
  const calendarPart = mail.parsed.attachments.find((attachment) => attachment.mimeType === "text/calendar");
  expect(calendarPart, "the invitation is attached").toBeTruthy();
  const content = typeof calendarPart!.content === "string" ? calendarPart!.content : new TextDecoder().decode(calendarPart!.content as ArrayBuffer);
  const calendar = new ICAL.Component(ICAL.parse(content));
  expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
  const event = calendar.getFirstSubcomponent("vevent")!;
  expect((event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate()).toEqual(wallClockToInstant(date, 11 * 60, timeZone));
  expect((event.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate()).toEqual(wallClockToInstant(date, 13 * 60, timeZone));
  expect(String(event.getFirstPropertyValue("uid"))).toContain("@");
  expect(String(event.getFirstPropertyValue("location"))).toContain(room.name);
});
