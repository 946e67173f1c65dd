// Free and busy hours per room for the public /book page: only room ids and times are read from
// the bookings, never whose they are. One statement reads everything (the studio's zone is not
// known before it answers, so the bookings are fetched for a window wide enough for any zone),
// then the slots are computed here.
import type { Database } from "../database/create-prisma-client";
import { addDays, todayIn, type LocalDate } from "../time/zoned-time";
import { daySlots, type DaySlot } from "./day-slots";
import { markBusy } from "./mark-busy";
import { readAvailabilityInputs } from "./read-availability-inputs";

export type AvailabilitySlot = DaySlot & { free: boolean };

export type AvailabilityDay = {
  date: LocalDate;
  /** ISO weekday: 1 = Monday, 7 = Sunday. */
  weekday: number;
  /** The opening hours that day in minutes after local midnight; null when closed (weekday or closure). */
  hours: { opensAt: number; closesAt: number } | null;
  slots: AvailabilitySlot[];
};

export type RoomAvailability = { id: string; name: string; description: string; days: AvailabilityDay[] };

export type Availability = { timeZone: string; from: LocalDate; days: number; rooms: RoomAvailability[] };

export type LoadAvailabilityOptions = {
  /** The first studio-local date; today in the studio's zone when omitted. */
  from?: LocalDate;
  days: number;
  now: Date;
};

const DAY_MS = 86_400_000;
/** Further than any zone is from UTC (±14 h), so the fetched window covers the studio's days. */
const ZONE_MARGIN_MS = 2 * DAY_MS;

/** Every active room's opening hours, hour by hour, over `days` studio-local dates from `from`. */
export async function loadAvailability(db: Database, { from, days, now }: LoadAvailabilityOptions): Promise<Availability> {
  const utcFrom = from ?? now.toISOString().slice(0, 10);
  const windowStart = new Date(Date.parse(`${utcFrom}T00:00:00Z`) - ZONE_MARGIN_MS);
  const windowEnd = new Date(Date.parse(`${utcFrom}T00:00:00Z`) + days * DAY_MS + ZONE_MARGIN_MS);
  const { timeZone, openingHours, rooms, closures, busy } = await readAvailabilityInputs(db, {
    from: addDays(utcFrom, -2),
    to: addDays(utcFrom, days + 2),
    startsAt: windowStart,
    endsAt: windowEnd,
    now,
  });
  const first = from ?? todayIn(timeZone, now);
  const hoursByWeekday = new Map(openingHours.map((row) => [row.weekday, row]));

  const dayPlans = Array.from({ length: days }, (_, index) => {
    const date = addDays(first, index);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
    const closed = closures.some((closure) => closure.startsOn <= date && date <= closure.endsOn);
    const row = closed ? undefined : hoursByWeekday.get(weekday);
    const hours = row ? { opensAt: row.opensAt, closesAt: row.closesAt } : null;
    // Computed once per day and shared by every room: the zone arithmetic is the costly part.
    return { date, weekday, hours, slots: hours ? daySlots(date, hours, timeZone) : [] };
  });

  const allSlots = dayPlans.flatMap((plan) => plan.slots);

  return {
    timeZone,
    from: first,
    days,
    rooms: rooms.map((room) => {
      const free = markBusy(allSlots, busy[room.id] ?? [], now);
      let next = 0;
      return {
        ...room,
        days: dayPlans.map((plan) => ({
          ...plan,
          slots: plan.slots.map((slot) => ({ ...slot, free: free[next++]! })),
        })),
      };
    }),
  };
}
