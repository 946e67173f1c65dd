// What each kind of offer books on one studio day, and which offer a requested block is. The
// availability API lists free blocks with these rules and a session request is checked against
// the same ones, so what the calendar offers is exactly what the server accepts.
//   HOURLY   whole hours, at least minHours, starting at opening or on the hour and ending
//            by closing; listed as the free windows they may be taken from.
//   HALF_DAY blockMinutes from each start time that fits inside opening hours.
//   FULL_DAY the day's opening hours.
//   LOCKOUT  the day's opening hours, on each of at least minDays consecutive days (the
//            runs are checked across days: lockoutRunProblem, and the availability API).
import { daySlots, type DaySlot } from "../availability/day-slots";
import { markBusy, type BusyInterval } from "../availability/mark-busy";
import type { OfferKind } from "../generated/prisma/client";
import { wallClockToInstant, type LocalDate } from "../time/zoned-time";
import type { OfferRow } from "./default-room-offers";

export type Offer = OfferRow & { id: string; active: boolean };
export type OpenHours = { opensAt: number; closesAt: number };
export type Block = { start: Date; end: Date };
export type FreeBlock = Block & { offer: string };

const HOUR_MS = 3_600_000;

/** The fixed blocks of a HALF_DAY, FULL_DAY or LOCKOUT offer on an open day (busy or not). */
export function fixedBlocks(offer: Offer, plan: DayPlan & { hours: OpenHours }, timeZone: string): Block[] {
  const { hours } = plan;
  const at = (minutes: number) => instantOnPlan(plan, minutes, timeZone);
  if (offer.kind === "FULL_DAY" || offer.kind === "LOCKOUT") return [{ start: at(hours.opensAt), end: at(hours.closesAt) }];
  if (offer.kind !== "HALF_DAY" || offer.blockMinutes === null) return [];
  return [...offer.startTimes]
    .sort((a, b) => a - b)
    .filter((startsAt) => startsAt >= hours.opensAt && startsAt + offer.blockMinutes! <= hours.closesAt)
    .map((startsAt) => ({ start: at(startsAt), end: at(startsAt + offer.blockMinutes!) }));
}

/**
 * The instant of a wall-clock minute of the plan's day: read off its hour slots when the minute
 * is one of their boundaries (the zone arithmetic was done once, for them), else worked out.
 */
function instantOnPlan(plan: DayPlan, minutes: number, timeZone: string): Date {
  for (const slot of plan.slots) {
    if (slot.startMinutes === minutes) return slot.startsAt;
    if (slot.endMinutes === minutes) return slot.endsAt;
  }
  return wallClockToInstant(plan.date, minutes, timeZone);
}

/** Runs of consecutive free slots at least `minHours` long: the windows an hourly booking may take. */
function hourlyWindows(slots: DaySlot[], free: boolean[], minHours: number): Block[] {
  const windows: Block[] = [];
  let run: DaySlot[] = [];
  const close = () => {
    if (run.length > 0 && run.at(-1)!.endsAt.getTime() - run[0]!.startsAt.getTime() >= minHours * HOUR_MS) windows.push({ start: run[0]!.startsAt, end: run.at(-1)!.endsAt });
    run = [];
  };
  slots.forEach((slot, index) => (free[index] ? run.push(slot) : close()));
  close();
  return windows;
}

export type DayPlan = { date: LocalDate; hours: OpenHours | null; slots: DaySlot[] };

/** A studio day's opening hours and hour slots, shared by every room (the zone arithmetic is the costly part). */
export function planDay(date: LocalDate, hours: OpenHours | null, timeZone: string): DayPlan {
  return { date, hours, slots: hours ? daySlots(date, hours, timeZone) : [] };
}

/** The free blocks of every offer on one day for a room whose live bookings are `busy`. */
export function freeBlocks(plan: DayPlan, offers: Offer[], busy: BusyInterval[], timeZone: string, now: Date): FreeBlock[] {
  if (!plan.hours) return [];
  const result: FreeBlock[] = [];
  for (const offer of offers) {
    if (!offer.active) continue;
    if (offer.kind === "HOURLY") {
      const free = markBusy(plan.slots, busy, now);
      for (const window of hourlyWindows(plan.slots, free, offer.minHours ?? 1)) result.push({ offer: offer.id, ...window });
      continue;
    }
    const blocks = fixedBlocks(offer, { ...plan, hours: plan.hours }, timeZone);
    const free = markBusy(blocks.map(({ start, end }) => ({ startsAt: start, endsAt: end })), busy, now);
    blocks.forEach((block, index) => free[index] && result.push({ offer: offer.id, ...block }));
  }
  return result;
}

const sameBlock = (a: Block, b: Block) => a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime();

/**
 * The offer a requested block on `plan`'s day is, ignoring whether it is free: a fixed block
 * when it is one exactly (a full day before a half day), else hours on the slot boundaries.
 * Null when it matches none. A full day is reported as FULL_DAY; lockout runs are found over
 * the whole request (see priceBlocks).
 */
export function matchOffer(block: Block, plan: DayPlan, offers: Offer[], timeZone: string): Offer | null {
  if (!plan.hours) return null;
  const live = offers.filter((offer) => offer.active);
  const order: OfferKind[] = ["FULL_DAY", "LOCKOUT", "HALF_DAY"];
  for (const kind of order) {
    const offer = live.find((candidate) => candidate.kind === kind);
    if (offer && fixedBlocks(offer, { ...plan, hours: plan.hours }, timeZone).some((fixed) => sameBlock(fixed, block))) return offer;
  }
  const hourly = live.find((offer) => offer.kind === "HOURLY");
  if (!hourly) return null;
  const starts = new Set(plan.slots.map((slot) => slot.startsAt.getTime()));
  const closing = plan.slots.at(-1)!.endsAt.getTime();
  const length = block.end.getTime() - block.start.getTime();
  const fits = starts.has(block.start.getTime()) && block.end.getTime() <= closing;
  return fits && length % HOUR_MS === 0 && length >= (hourly.minHours ?? 1) * HOUR_MS ? hourly : null;
}

export { datesInRuns } from "./dates-in-runs";
