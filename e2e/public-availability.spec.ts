// /book: each room's free and busy hours, and the times an artist ticks there travelling with the
// inquiry to the lead page. Other specs share the database, so this one makes its own rooms and
// asserts only about them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { loadAvailability, type AvailabilityDay, type AvailabilitySlot } from "../lib/availability/load-availability";
import { slotFieldValue } from "../lib/availability/slot-field-value";
import { formatMinutes } from "../lib/time/zoned-time";
import { expectNoAxeViolations } from "./support/pages";
import { newStaff, projectDatabase, signInWithPassword, uniqueClientIp } from "./support/staff";
import { insertSession } from "../test/support/booking-fixtures";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });

const MIN_FILL_MS = 3_000; // quicker posts are treated as automated
const DAY_MS = 86_400_000;

const dayLabel = (date: string) =>
  new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`)).replace(",", "");

/** Rooms of this test's own, each with its days as the page computes them (from two days ahead, so nothing starts mid-test). */
async function newRooms(count: number) {
  const db = await projectDatabase();
  const created = [];
  for (let index = 0; index < count; index++) {
    const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    created.push(await db.room.create({ data: { name: `Booth ${unique}`, description: "A vocal booth for one.", hourlyRateCents: 3500, dayRateCents: 25000 } }));
  }
  const { rooms } = await loadAvailability(db, { days: 28, now: new Date() });
  return {
    db,
    rooms: created.map((room) => {
      const days = rooms.find((candidate) => candidate.id === room.id)!.days.filter((day) => day.slots.length > 2 && day.slots[0]!.startsAt.getTime() > Date.now() + 2 * DAY_MS);
      expect(days.length, "the studio should be open on some days in the next four weeks").toBeGreaterThanOrEqual(2);
      return { ...room, days };
    }),
  };
}

const dayGroup = (page: Page, roomName: string, day: AvailabilityDay) =>
  page.getByRole("region", { name: roomName }).getByRole("group", { name: dayLabel(day.date), exact: true });
const time = (slot: AvailabilitySlot) => formatMinutes(slot.startMinutes);
const freeBox = (page: Page, roomName: string, day: AvailabilityDay, slot: AvailabilitySlot) =>
  dayGroup(page, roomName, day).getByRole("checkbox", { name: `${time(slot)} Free`, exact: true });

test("a confirmed session shows as Busy on /book, with no names, and the page passes axe", async ({ page, request }) => {
  const { db, rooms: [room] } = await newRooms(1);
  const artist = `Wren Halloway ${Date.now().toString(36)}`;
  const submitted = await request.post("/api/inquiries", {
    data: { roleNeeded: "ENGINEER", name: artist, email: `wren.${Date.now()}@example.com`, message: "Vocals for three songs, the band is already tracked.", consent: true },
  });
  expect(submitted.status()).toBe(201);
  const { id: inquiryId } = (await submitted.json()) as { id: string };
  const day = room!.days[0]!;
  const slot = day.slots[1]!;
  await insertSession(db, { inquiryId, roomId: room!.id, status: "CONFIRMED", startsAt: slot.startsAt, endsAt: slot.endsAt, confirmedAt: new Date() });

  const response = await page.goto(`/book?room=${room!.id}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Studio availability");
  const group = dayGroup(page, room!.name, day);
  await expect(group.getByText(`${time(slot)} Busy`, { exact: true })).toBeVisible();
  await expect(group.getByRole("checkbox", { name: `${time(slot)} Free` })).toHaveCount(0);
  // The hours either side are still free to pick.
  await expect(freeBox(page, room!.name, day, day.slots[0]!)).toBeVisible();
  await expect(freeBox(page, room!.name, day, day.slots[2]!)).toBeVisible();
  await expect(page.getByRole("region", { name: room!.name })).toContainText("A vocal booth for one.");
  expect(await page.content()).not.toContain(artist);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Availability" })).toHaveAttribute("href", "/book");

  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
});

test("times ticked in two rooms travel with the inquiry to the lead page", async ({ page }) => {
  const { db, rooms } = await newRooms(2);
  const [a, b] = rooms as [(typeof rooms)[number], (typeof rooms)[number]];
  const pickA = { day: a.days[0]!, slot: a.days[0]!.slots[0]! };
  const picksB = [{ day: b.days[1]!, slot: b.days[1]!.slots[1]! }, { day: b.days[1]!, slot: b.days[1]!.slots[2]! }];

  await page.goto(`/book?room=${a.id}`);
  await freeBox(page, a.name, pickA.day, pickA.slot).check();
  // Another room is a button of the same form: the tick goes along.
  await page.getByRole("navigation", { name: "Rooms" }).getByRole("button", { name: b.name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: b.name })).toBeVisible();
  await expect(page.getByText("Also ticked, in other rooms:")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: `${a.name}: ` })).toHaveCount(1);
  for (const pick of picksB) await freeBox(page, b.name, pick.day, pick.slot).check();
  await page.getByRole("navigation", { name: "Rooms" }).getByRole("button", { name: a.name, exact: true }).click();
  await expect(freeBox(page, a.name, pickA.day, pickA.slot)).toBeChecked();
  await expect(page.getByRole("listitem").filter({ hasText: `${b.name}: ` })).toHaveCount(2);
  await page.getByRole("button", { name: "Continue with the times I ticked" }).click();

  await expect(page).toHaveURL(/\/inquire\?slot=/);
  const shownAt = Date.now();
  const chosen = page.getByRole("region", { name: "Times that would suit you" });
  await expect(chosen.getByRole("listitem")).toHaveCount(3);
  // Drop the last of B's: a plain link to the page without it.
  await chosen.getByRole("listitem").filter({ hasText: b.name }).nth(1).getByRole("link", { name: /^Remove/ }).click();
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

  const lead = await db.inquiry.findFirstOrThrow({ where: { email: `ines.${unique}@example.com` }, include: { preferredSlots: true } });
  const stored = lead.preferredSlots.map((slot) => slotFieldValue(slot)).sort();
  const expected = [{ room: a, ...pickA }, { room: b, ...picksB[0]! }].map(({ room, slot }) => slotFieldValue({ roomId: room.id, ...slot })).sort();
  expect(stored).toEqual(expected);
  // Preferences only: nothing was held in either room.
  expect(await db.booking.count({ where: { roomId: { in: [a.id, b.id] } } })).toBe(0);

  const staff = await newStaff();
  await signInWithPassword(page, staff.email, undefined, `/admin/leads/${lead.id}`);
  const details = page.getByRole("region", { name: "Inquiry" });
  await expect(details.getByText("Preferred times")).toBeVisible();
  await expect(details.getByRole("listitem").filter({ hasText: a.name })).toContainText(time(pickA.slot));
  await expect(details.getByRole("listitem").filter({ hasText: b.name })).toContainText(time(picksB[0]!.slot));
  await expectNoAxeViolations(page);
});

test("more than three times get a clear message on /inquire", async ({ page }) => {
  const { rooms: [room] } = await newRooms(1);
  const values = room!.days[0]!.slots.slice(0, 4).map((slot) => slotFieldValue({ roomId: room!.id, ...slot }));
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
  expect(modules.length).toBeGreaterThan(0);
  expect(modules.filter((id) => !id.startsWith("[project]/node_modules/next/"))).toEqual([]);
});
