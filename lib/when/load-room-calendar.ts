// The picker's calendar for one room (room-calendar.ts), read in the one statement the public
// availability uses (readAvailabilityInputs) and cut by the same rules as GET /api/availability
// (rate-card/offer-blocks.ts), so a day shown free is one the server accepts.
import { readAvailabilityInputs } from "../availability/read-availability-inputs";
import type { BusyInterval } from "../availability/mark-busy";
import type { Database } from "../database/create-prisma-client";
import { datesInRuns, freeBlocks, planDay, type Offer } from "../rate-card/offer-blocks";
import { formatStudioClock } from "../time/format-studio-time";
import { addDays, instantToWallClock, todayIn, wallClockToInstant, weekdayOf, type LocalDate } from "../time/zoned-time";
import type { CalendarDay, RoomCalendar, WhenOffer, WhenView } from "./room-calendar";
import type { WhenKind } from "./when-selection";

/** The month of today and the three after it: far enough to plan a record, small enough to send. */
export const CALENDAR_MONTHS = 4;
const DAY_MS = 86_400_000;
const KINDS: Record<Offer["kind"], WhenKind> = { HOURLY: "hourly", HALF_DAY: "half", FULL_DAY: "full", LOCKOUT: "lockout" };

export type LoadedCalendar = Pick<WhenView, "rooms" | "calendar"> & { /** False when the room asked for is not one that can be booked. */ roomFound: boolean };

export async function loadRoomCalendar(db: Database, { roomId, now }: { roomId: string | null; now: Date }): Promise<LoadedCalendar> {
  const anchor = now.toISOString().slice(0, 10);
  // Read from the UTC date, which can be the studio's day before (zones ahead of UTC): a day
  // later covers every month the calendar shows.
  const last = lastDayOf(addDays(anchor, 1), CALENDAR_MONTHS - 1);
  const inputs = await readAvailabilityInputs(db, {
    from: addDays(anchor, -2),
    to: addDays(last, 2),
    startsAt: new Date(Date.parse(`${anchor}T00:00:00Z`) - 2 * DAY_MS),
    endsAt: new Date(Date.parse(`${last}T00:00:00Z`) + 3 * DAY_MS),
    now,
  });
  const rooms = inputs.rooms.map(({ id, name }) => ({ id, name }));
  const room = inputs.rooms.find((candidate) => candidate.id === roomId) ?? inputs.rooms[0];
  const roomFound = roomId === null || room?.id === roomId;
  if (!room) return { rooms, calendar: null, roomFound };

  const { timeZone } = inputs;
  const today = todayIn(timeZone, now);
  const final = lastDayOf(today, CALENDAR_MONTHS - 1);
  const busy = inputs.busy[room.id] ?? [];
  // The zone's abbreviation changes only with its offset from UTC: one lookup per offset, and
  // one of its own for a day whose clocks change (named as at noon, after the change).
  const zones = new Map<number, string>();
  const zoneOf = (date: LocalDate, dayStart: number, steady: boolean) => {
    if (!steady) return formatStudioClock(new Date(dayStart + 12 * 3_600_000), timeZone).split(" ")[1] ?? "";
    const offset = Date.parse(`${date}T00:00:00Z`) - dayStart;
    if (!zones.has(offset)) zones.set(offset, formatStudioClock(new Date(dayStart + 12 * 3_600_000), timeZone).split(" ")[1] ?? "");
    return zones.get(offset)!;
  };
  const days: CalendarDay[] = [];
  for (let date = today; date <= final; date = addDays(date, 1)) {
    const closure = inputs.closures.some((closed) => closed.startsOn <= date && date <= closed.endsOn);
    const hours = closure ? undefined : inputs.openingHours.find((row) => row.weekday === weekdayOf(date));
    const plan = planDay(date, hours ? { opensAt: hours.opensAt, closesAt: hours.closesAt } : null, timeZone);
    const dayStart = wallClockToInstant(date, 0, timeZone).getTime();
    const dayEnd = wallClockToInstant(date, 1440, timeZone).getTime();
    const taken = busy.filter(([start, end]) => start < dayEnd && end > dayStart);
    // On a day without a clock change, minutes on the clock are minutes since midnight: no zone
    // arithmetic (the costly part) for each of the day's blocks.
    const steady = dayEnd - dayStart === DAY_MS;
    const minutes = (instant: Date | number) =>
      steady ? Math.min(1440, Math.max(0, Math.round((new Date(instant).getTime() - dayStart) / 60_000))) : minutesInto(date, new Date(instant), timeZone);
    const free = freeBlocks(plan, room.offers, taken, timeZone, now);
    const kindOf = (offerId: string) => KINDS[room.offers.find((offer) => offer.id === offerId)!.kind];
    days.push({
      date,
      closed: !hours,
      opensAt: hours?.opensAt ?? 0,
      closesAt: hours?.closesAt ?? 0,
      zone: zoneOf(date, dayStart, steady),
      full: free.some((block) => kindOf(block.offer) === "full"),
      lockout: free.some((block) => kindOf(block.offer) === "lockout"),
      half: free.filter((block) => kindOf(block.offer) === "half").map((block) => minutes(block.start)),
      hourly: free.filter((block) => kindOf(block.offer) === "hourly").map((block) => [minutes(block.start), minutes(block.end)]),
      busy: merge(taken).map(([start, end]) => [minutes(Math.max(start, dayStart)), minutes(Math.min(end, dayEnd))]),
    });
  }
  // A lockout day is free only inside a free run long enough to book (as the API lists them).
  const lockout = room.offers.find((offer) => offer.kind === "LOCKOUT");
  const bookable = datesInRuns(days.filter((day) => day.lockout).map((day) => day.date), lockout?.minDays ?? 2);
  for (const day of days) day.lockout &&= bookable.has(day.date);

  const calendar: RoomCalendar = {
    roomId: room.id,
    roomName: room.name,
    description: room.description,
    timeZone,
    currency: inputs.currency,
    holdHours: inputs.holdRequestedTime ? inputs.requestHoldHours : null,
    today,
    days,
    offers: room.offers.map(whenOffer),
  };
  return { rooms, calendar, roomFound };
}

/** The last date of the month `months` after `date`'s. */
function lastDayOf(date: LocalDate, months: number): LocalDate {
  const [year, month] = date.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month + months, 0)).toISOString().slice(0, 10);
}

/** Minutes after `date`'s midnight on the studio's clock: 0 before that day, 1440 after it. */
function minutesInto(date: LocalDate, instant: Date, timeZone: string): number {
  const clock = instantToWallClock(instant, timeZone);
  return clock.date < date ? 0 : clock.date > date ? 1440 : clock.minutes;
}

function merge(busy: BusyInterval[]): BusyInterval[] {
  const merged: BusyInterval[] = [];
  for (const [start, end] of [...busy].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function whenOffer(offer: Offer): WhenOffer {
  const kind = KINDS[offer.kind];
  return {
    kind,
    label: offer.label,
    priceMinor: offer.priceMinor,
    ...(kind === "hourly" ? { minHours: offer.minHours ?? 1 } : {}),
    ...(kind === "half" ? { blockMinutes: offer.blockMinutes ?? 0, startTimes: [...offer.startTimes].sort((a, b) => a - b) } : {}),
    ...(kind === "lockout" ? { minDays: offer.minDays ?? 2 } : {}),
  };
}
