import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { generateReference } from "../lib/inquiries/generate-reference";
import { addDays, startOfWeek, todayIn, wallClockToInstant } from "../lib/time/zoned-time";
import { BUILT_APP_URL } from "./support/app-url";
import { expectNoAxeViolations } from "./support/pages";
import { newStaff, projectDatabase, signInWithPassword, uniqueClientIp } from "./support/staff";
import { insertSession } from "../test/support/booking-fixtures";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

test("the week calendar tells holds from confirmed sessions, and the room's feed publishes both", async ({ page, request }) => {
  const db = await projectDatabase();
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const [staff, engineer] = await Promise.all([newStaff(), newStaff()]);
  await db.user.update({ where: { id: engineer.id }, data: { skills: ["ENGINEER"] } });
  const { timeZone } = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 } });
  const room = await db.room.create({ data: { name: `Calendar Room ${unique}`, hourlyRateCents: 4_000, dayRateCents: 30_000 } });
  const lead = await db.inquiry.create({
    data: { reference: generateReference(), roleNeeded: "ENGINEER", name: `Ada Calendar ${unique}`, email: `ada.${unique}@example.com`, message: "Two days of tracking drums and bass.", consentedAt: new Date() },
  });
  // A week well ahead, in the studio's own zone: a hold on Tuesday, a confirmed session on Thursday.
  const monday = addDays(startOfWeek(todayIn(timeZone)), 42);
  const at = (day: number, minutes: number) => wallClockToInstant(addDays(monday, day), minutes, timeZone);
  const hold = await insertSession(db, { inquiryId: lead.id, roomId: room.id, startsAt: at(1, 600), endsAt: at(1, 780), status: "HOLD", holdExpiresAt: new Date(Date.now() + 7 * 86_400_000) });
  const confirmed = await insertSession(db, { inquiryId: lead.id, roomId: room.id, startsAt: at(3, 840), endsAt: at(3, 1080), status: "CONFIRMED", confirmedAt: new Date(), sequence: 1 });
  await db.bookingPerson.create({ data: { bookingId: confirmed.id, startsAt: confirmed.startsAt, endsAt: confirmed.endsAt, status: confirmed.status, role: "ENGINEER", userId: engineer.id } });

  // Choose the room and the week with the plain form; the page settles on its canonical URL.
  await signInWithPassword(page, staff.email, undefined, "/admin/calendar");
  await expect(page.getByRole("heading", { name: "Calendar", level: 1 })).toBeVisible();
  await page.getByLabel("Room or person").selectOption({ label: room.name });
  await page.getByLabel("Week of").fill(addDays(monday, 2));
  await page.getByRole("button", { name: "Show calendar" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/calendar\\?week=${monday}&room=${room.id}$`));

  const grid = page.getByRole("list", { name: `Sessions by day: ${room.name}` });
  const blocks = grid.getByRole("list", { name: /^Sessions on / }).getByRole("listitem");
  await expect(blocks).toHaveCount(2);
  const holdBlock = blocks.filter({ hasText: "Hold 10:00–13:00" });
  const confirmedBlock = blocks.filter({ hasText: "Confirmed 14:00–18:00" });
  await expect(holdBlock).toContainText(lead.reference);
  await expect(holdBlock).toHaveCSS("border-top-style", "dashed");
  await expect(confirmedBlock).toContainText(`Engineer: ${engineer.name}`);
  await expect(confirmedBlock).toHaveCSS("border-top-style", "solid");
  await expect(holdBlock.getByRole("link", { name: lead.reference })).toHaveAttribute("href", `/admin/leads/${lead.id}`);
  await expect(page.getByRole("table", { name: "Sessions this week" }).getByRole("row")).toHaveCount(3);
  await expectNoAxeViolations(page);

  // The engineer's own calendar has the confirmed session only, with the room named.
  await page.getByLabel("Room or person").selectOption({ label: `${engineer.name} (engineer)` });
  await page.getByRole("button", { name: "Show calendar" }).click();
  await expect(page).toHaveURL(new RegExp(`person=${engineer.id}$`));
  const engineerBlocks = page.getByRole("list", { name: `Sessions by day: ${engineer.name}` }).getByRole("list", { name: /^Sessions on / }).getByRole("listitem");
  await expect(engineerBlocks).toHaveCount(1);
  await expect(engineerBlocks).toContainText(`${room.name} · Engineer`);

  // The room's private feed: the token is the credential, and a calendar app reads both sessions.
  const feed = await request.get(`/api/calendar-feeds/${room.calendarFeedToken}`);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(feed.headers()["cache-control"]).toBe("private, no-store");
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
  const host = new URL(BUILT_APP_URL).host;
  const events = calendar.getAllSubcomponents("vevent").map((event) => ({
    uid: event.getFirstPropertyValue("uid"),
    status: event.getFirstPropertyValue("status"),
    summary: event.getFirstPropertyValue("summary"),
    start: new ICAL.Event(event).startDate.toJSDate().getTime(),
  }));
  expect(events).toEqual([
    { uid: `${hold.id}@${host}`, status: "TENTATIVE", summary: `Hold: ${lead.reference} · ${room.name}`, start: hold.startsAt.getTime() },
    { uid: `${confirmed.id}@${host}`, status: "CONFIRMED", summary: `${lead.reference} · ${room.name}`, start: confirmed.startsAt.getTime() },
  ]);
  expect(await feed.text()).not.toContain(lead.name);

  const unknown = await request.get(`/api/calendar-feeds/${"0".repeat(64)}`);
  expect(unknown.status()).toBe(404);
});
