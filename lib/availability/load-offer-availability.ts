// GET /api/availability's answer (the contract in DESIGN.md): per room and studio-local day,
// whether it is closed, the free blocks of each offer on the room's rate card, and the busy
// stretches, which never say whose they are. Read in one statement (readAvailabilityInputs),
// with each day's zone arithmetic done once for every room.
import type { Database } from "../database/create-prisma-client";
import { datesInRuns, freeBlocks, planDay, type Offer } from "../rate-card/offer-blocks";
import { addDays, formatMinutes, todayIn, wallClockToInstant, weekdayOf, type LocalDate } from "../time/zoned-time";
import type { BusyInterval } from "./mark-busy";
import { readAvailabilityInputs } from "./read-availability-inputs";

export type OfferView = {
  id: string;
  roomId: string;
  kind: Offer["kind"];
  label: string;
  price: { amountMinor: number; currency: string };
  minHours?: number;
  blockMinutes?: number;
  startTimes?: string[];
  minDays?: number;
};
export type DayView = { date: LocalDate; closed: boolean; free: { offer: string; start: string; end: string }[]; busy: { start: string; end: string }[] };
export type OfferAvailability = { timeZone: string; from: LocalDate; days: number; offers: OfferView[]; rooms: { id: string; name: string; days: DayView[] }[] };

const DAY_MS = 86_400_000;
/** Further than any zone is from UTC (±14 h), so the fetched window covers the studio's days. */
const ZONE_MARGIN_MS = 2 * DAY_MS;

/** `roomId` narrows the answer to one room; null when that room is not one that can be booked. */
export async function loadOfferAvailability(
  db: Database,
  { from, days, roomId, now }: { from?: LocalDate; days: number; roomId?: string; now: Date },
): Promise<OfferAvailability | null> {
  const anchor = from ?? now.toISOString().slice(0, 10);
  const inputs = await readAvailabilityInputs(db, {
    from: addDays(anchor, -2),
    to: addDays(anchor, days + 2),
    startsAt: new Date(Date.parse(`${anchor}T00:00:00Z`) - ZONE_MARGIN_MS),
    endsAt: new Date(Date.parse(`${anchor}T00:00:00Z`) + days * DAY_MS + ZONE_MARGIN_MS),
    now,
  });
  const rooms = roomId ? inputs.rooms.filter((room) => room.id === roomId) : inputs.rooms;
  if (roomId && rooms.length === 0) return null;
  const { timeZone, currency } = inputs;
  const first = from ?? todayIn(timeZone, now);

  const plans = Array.from({ length: days }, (_, index) => {
    const date = addDays(first, index);
    const closed = inputs.closures.some((closure) => closure.startsOn <= date && date <= closure.endsOn);
    const hours = closed ? undefined : inputs.openingHours.find((row) => row.weekday === weekdayOf(date));
    const plan = planDay(date, hours ? { opensAt: hours.opensAt, closesAt: hours.closesAt } : null, timeZone);
    return { ...plan, dayStart: wallClockToInstant(date, 0, timeZone).getTime(), dayEnd: wallClockToInstant(date, 1440, timeZone).getTime() };
  });

  return {
    timeZone,
    from: first,
    days,
    offers: rooms.flatMap((room) => room.offers.map((offer) => offerView(room.id, offer, currency))),
    rooms: rooms.map((room) => {
      const busy = inputs.busy[room.id] ?? [];
      return {
        id: room.id,
        name: room.name,
        days: onlyBookableLockoutDays(room.offers, plans.map((plan) => {
          const today = busy.filter(([start, end]) => start < plan.dayEnd && end > plan.dayStart);
          return {
            date: plan.date,
            closed: plan.hours === null,
            free: freeBlocks(plan, room.offers, today, timeZone, now).map((block) => ({ offer: block.offer, start: block.start.toISOString(), end: block.end.toISOString() })),
            busy: clipToDay(today, plan.dayStart, plan.dayEnd),
          };
        })),
      };
    }),
  };
}

/** Lockout days are listed only where they sit in a free run long enough to be booked (within the days asked for). */
function onlyBookableLockoutDays(offers: Offer[], days: DayView[]): DayView[] {
  const lockout = offers.find((offer) => offer.kind === "LOCKOUT");
  if (!lockout) return days;
  const bookable = datesInRuns(days.filter((day) => day.free.some((block) => block.offer === lockout.id)).map((day) => day.date), lockout.minDays ?? 2);
  return days.map((day) => (bookable.has(day.date) ? day : { ...day, free: day.free.filter((block) => block.offer !== lockout.id) }));
}

function offerView(roomId: string, offer: Offer, currency: string): OfferView {
  return {
    id: offer.id,
    roomId,
    kind: offer.kind,
    label: offer.label,
    price: { amountMinor: offer.priceMinor, currency },
    ...(offer.kind === "HOURLY" ? { minHours: offer.minHours ?? 1 } : {}),
    ...(offer.kind === "HALF_DAY" ? { blockMinutes: offer.blockMinutes ?? 0, startTimes: [...offer.startTimes].sort((a, b) => a - b).map(formatMinutes) } : {}),
    ...(offer.kind === "LOCKOUT" ? { minDays: offer.minDays ?? 2 } : {}),
  };
}

/** A day's live bookings cut to the day and merged: no names, no ids, only times. */
function clipToDay(busy: BusyInterval[], dayStart: number, dayEnd: number): { start: string; end: string }[] {
  const merged: BusyInterval[] = [];
  for (const [start, end] of [...busy].sort((a, b) => a[0] - b[0])) {
    const clipped: BusyInterval = [Math.max(start, dayStart), Math.min(end, dayEnd)];
    const last = merged.at(-1);
    if (last && clipped[0] <= last[1]) last[1] = Math.max(last[1], clipped[1]);
    else merged.push(clipped);
  }
  return merged.map(([start, end]) => ({ start: new Date(start).toISOString(), end: new Date(end).toISOString() }));
}
