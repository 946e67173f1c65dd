// Rooms of a spec's own, with the default rate card (hours from 2, half days from 10:00 and
// 16:00, full days, lockouts of 3 days), and the days the "when" step shows free in them.
import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { defaultRoomOffers } from "../../lib/rate-card/default-room-offers";
import { formatCalendarDate } from "../../lib/time/format-studio-time";
import { loadRoomCalendar } from "../../lib/when/load-room-calendar";
import { projectDatabase } from "./staff";

export async function newRoomWithRateCard(name = `Booth ${randomUUID().slice(0, 8)}`) {
  const db = await projectDatabase();
  const rates = { hourlyRateCents: 4_500, dayRateCents: 32_000 };
  return db.room.create({ data: { name, description: "A vocal booth for one.", ...rates, offers: { create: defaultRoomOffers(rates) } } });
}

/** The room's calendar days with a free full day and both half days free, from two days ahead (so nothing starts mid-test). */
export async function freeDays(roomId: string, count = 2) {
  const { calendar } = await loadRoomCalendar(await projectDatabase(), { roomId, now: new Date() });
  const soon = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const days = calendar!.days.filter((day) => day.date > soon && day.full && day.half.length === 2);
  expect(days.length, "the studio should have free days in the months shown").toBeGreaterThanOrEqual(count);
  return { calendar: calendar!, days: days.slice(0, count) };
}

/** The day as the calendar names it (the same formatter, so the two cannot drift apart). */
export const longDate = (date: string) => `${formatCalendarDate(date, "weekdayLong")} ${date.slice(0, 4)}`;
const monthTitle = (date: string) => new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));

/** A day of the calendar grid, by its full date ("Tuesday 8 December 2026, …"). */
export const dayButton = (page: Page, date: string) => page.locator("table[aria-labelledby='when-month']").getByRole("button", { name: new RegExp(`^${longDate(date)},`) });

/** Moves the calendar on to `date`'s month (a few presses of "Next month" at most); returns how many. */
export async function showMonthOf(page: Page, date: string): Promise<number> {
  for (let presses = 0; presses < 4; presses++) {
    const shown = await page.locator("#when-month").textContent();
    if (shown === monthTitle(date)) return presses;
    await page.getByRole("button", { name: "Next month" }).click();
    // Without JavaScript the press is a round trip: wait for the page that answers it.
    await expect(page.locator("#when-month")).not.toHaveText(shown ?? "");
  }
  await expect(page.locator("#when-month")).toHaveText(monthTitle(date));
  return 4;
}
