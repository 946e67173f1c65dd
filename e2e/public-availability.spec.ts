// /book: each room's free and busy hours, and the times an artist ticks there travelling with the
// inquiry to the lead page. Other specs share the database, so this one makes its own room and
// asserts only about it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { loadAvailability, type AvailabilityDay, type AvailabilitySlot } from "../lib/availability/load-availability";
import { preferredSlotFieldValue } from "../lib/inquiries/preferred-slots-schema";
import { formatMinutes } from "../lib/time/zoned-time";
import { expectNoAxeViolations } from "./support/pages";
import { newStaff, projectDatabase, signInWithPassword, uniqueClientIp } from "./support/staff";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

const MIN_FILL_MS = 3_000; // quicker posts are treated as automated
const DAY_MS = 86_400_000;

const dayLabel = (date: string) =>
  new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`)).replace(",", "");

/** A room of this test's own and its four weeks as the page computes them. */
async function newRoomWithAvailability() {
  const db = await projectDatabase();
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const room = await db.room.create({ data: { name: `Booth ${unique}`, description: "A vocal booth for one.", hourlyRateCents: 3500, dayRateCents: 25000 } });
  const { rooms } = await loadAvailability(db, { days: 28, now: new Date() });
  const mine = rooms.find((candidate) => candidate.id === room.id)!;
  // Two days ahead at least, so nothing starts while the test runs; whole hours only.
  const later = mine.days.filter((day) => day.slots.length > 2 && day.slots[0]!.startsAt.getTime() > Date.now() + 2 * DAY_MS);
  expect(later.length, "the studio should be open on some days in the next four weeks").toBeGreaterThanOrEqual(2);
  return { db, room, days: later };
}

function slotOf(page: Page, roomName: string, day: AvailabilityDay) {
  return page.getByRole("region", { name: roomName }).getByRole("group", { name: `${dayLabel(day.date)}, ${roomName}` });
}

const time = (slot: AvailabilitySlot) => formatMinutes(slot.startMinutes);

test("a confirmed session shows as Busy on /book, with no names, and the page passes axe", async ({ page, request }) => {
  const { db, room, days } = await newRoomWithAvailability();
  const artist = `Wren Halloway ${Date.now().toString(36)}`;
  const submitted = await request.post("/api/inquiries", {
    data: { roleNeeded: "ENGINEER", name: artist, email: `wren.${Date.now()}@example.com`, message: "Vocals for three songs, the band is already tracked.", consent: true },
  });
  expect(submitted.status()).toBe(201);
  const { id: inquiryId } = (await submitted.json()) as { id: string };
  const day = days[0]!;
  const slot = day.slots[1]!;
  await db.booking.create({ data: { inquiryId, roomId: room.id, status: "CONFIRMED", startsAt: slot.startsAt, endsAt: slot.endsAt, confirmedAt: new Date() } });

  const response = await page.goto("/book");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Studio availability");
  const group = slotOf(page, room.name, day);
  await expect(group.getByText(`${time(slot)} Busy`, { exact: true })).toBeVisible();
  await expect(group.getByRole("checkbox", { name: `${time(slot)} Free` })).toHaveCount(0);
  // The hours either side are still free to pick.
  await expect(group.getByRole("checkbox", { name: `${time(day.slots[0]!)} Free` })).toBeVisible();
  await expect(group.getByRole("checkbox", { name: `${time(day.slots[2]!)} Free` })).toBeVisible();
  await expect(page.getByRole("region", { name: room.name })).toContainText("A vocal booth for one.");
  expect(await page.content()).not.toContain(artist);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Availability" })).toHaveAttribute("href", "/book");

  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
});

test("times ticked on /book travel with the inquiry to the lead page", async ({ page }) => {
  const { db, room, days } = await newRoomWithAvailability();
  const picks = [days[0]!.slots[0]!, days[1]!.slots[1]!, days[1]!.slots[2]!];
  await page.goto("/book");
  await slotOf(page, room.name, days[0]!).getByRole("checkbox", { name: `${time(picks[0]!)} Free` }).check();
  await slotOf(page, room.name, days[1]!).getByRole("checkbox", { name: `${time(picks[1]!)} Free` }).check();
  await slotOf(page, room.name, days[1]!).getByRole("checkbox", { name: `${time(picks[2]!)} Free` }).check();
  await page.getByRole("button", { name: "Continue with the times I ticked" }).first().click();

  await expect(page).toHaveURL(/\/inquire\?slot=/);
  const shownAt = Date.now();
  const chosen = page.getByRole("region", { name: "Times that would suit you" });
  await expect(chosen.getByRole("listitem")).toHaveCount(3);
  await expect(chosen.getByRole("listitem").first()).toContainText(room.name);
  // Drop the last one: a plain link to the page without it.
  await chosen.getByRole("listitem").nth(2).getByRole("link", { name: /^Remove/ }).click();
  await expect(chosen.getByRole("listitem")).toHaveCount(2);
  await expectNoAxeViolations(page);

  const unique = Date.now().toString(36);
  await page.getByRole("radio", { name: /A recording engineer/ }).check();
  await page.getByLabel("Your name").fill(`Ines Farrow ${unique}`);
  await page.getByRole("textbox", { name: /^Email/ }).fill(`ines.${unique}@example.com`);
  await page.getByLabel("About your project").fill("Two days of vocals and overdubs, ideally in the booth.");
  await page.getByLabel(/The studio may contact me/).check();
  await page.waitForTimeout(Math.max(0, MIN_FILL_MS + 500 - (Date.now() - shownAt)));
  await page.getByRole("button", { name: "Send inquiry" }).click();
  await expect(page).toHaveURL(/\/inquire\/thanks\?ref=SD-/);

  const lead = await db.inquiry.findFirstOrThrow({ where: { email: `ines.${unique}@example.com` }, include: { preferredSlots: { orderBy: { startsAt: "asc" } } } });
  expect(lead.preferredSlots.map((slot) => preferredSlotFieldValue(slot))).toEqual(picks.slice(0, 2).map((slot) => preferredSlotFieldValue({ roomId: room.id, ...slot })));
  // Preferences only: nothing was held in the room.
  expect(await db.booking.count({ where: { roomId: room.id } })).toBe(0);

  const staff = await newStaff();
  await signInWithPassword(page, staff.email, undefined, `/admin/leads/${lead.id}`);
  const details = page.getByRole("region", { name: "Inquiry" });
  await expect(details.getByText("Preferred times")).toBeVisible();
  const times = details.getByRole("listitem").filter({ hasText: room.name });
  await expect(times).toHaveCount(2);
  await expect(times.first()).toContainText(`${formatMinutes(picks[0]!.startMinutes)}`);
  await expectNoAxeViolations(page);
});

test("more than three times get a clear message on /inquire", async ({ page }) => {
  const { room, days } = await newRoomWithAvailability();
  const values = days[0]!.slots.slice(0, 4).map((slot) => preferredSlotFieldValue({ roomId: room.id, ...slot }));
  await page.goto(`/inquire?${values.map((value) => `slot=${encodeURIComponent(value)}`).join("&")}`);
  const chosen = page.getByRole("region", { name: "Times that would suit you" });
  await expect(chosen).toContainText("You ticked 4 times, and we can take up to three, so only the first three are kept.");
  await expect(chosen.getByRole("listitem")).toHaveCount(3);
  await expect(page.locator('input[type="hidden"][name="preferredSlots"]')).toHaveCount(3);
});

test("/book ships no client component of its own", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "embedded", "reads the build output once");
  const route = "(site)/book/page";
  const file = path.join(".next/server/app", `${route}_client-reference-manifest.js`);
  const sandbox = { __RSC_MANIFEST: {} as Record<string, { clientModules: Record<string, unknown> }> };
  new Function("globalThis", readFileSync(file, "utf8"))(sandbox);
  const modules = Object.keys(sandbox.__RSC_MANIFEST[`/${route}`]!.clientModules);
  expect(modules.filter((id) => !id.startsWith("[project]/node_modules/next/"))).toEqual([]);
});
