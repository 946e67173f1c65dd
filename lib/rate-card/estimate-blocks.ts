// The estimate an artist sees for the blocks they picked, from the room's rate card: hours at
// the hourly price, each fixed block at its price, and a run of full days long enough for a
// lockout at the lockout's day price. Integer minor units throughout; nothing is rounded.
import { addDays, type LocalDate } from "../time/zoned-time";
import type { Offer } from "./offer-blocks";

export type EstimateLine = { start: Date; end: Date; label: string; amountMinor: number };
export type Estimate = { lines: EstimateLine[]; totalMinor: number };

const HOUR_MS = 3_600_000;

export function estimateBlocks(blocks: { start: Date; end: Date; date: LocalDate; offer: Offer }[], offers: Offer[]): Estimate {
  const lockout = offers.find((offer) => offer.kind === "LOCKOUT" && offer.active);
  const lockoutDates = lockout ? datesInLockoutRuns(blocks, lockout.minDays ?? Infinity) : new Set<LocalDate>();
  const lines = blocks.map(({ start, end, date, offer }): EstimateLine => {
    if (lockout && lockoutDates.has(date) && offer.kind === "FULL_DAY") return { start, end, label: lockout.label, amountMinor: lockout.priceMinor };
    if (offer.kind === "HOURLY") {
      const hours = Math.round((end.getTime() - start.getTime()) / HOUR_MS);
      return { start, end, label: `${offer.label}: ${hours} hour${hours === 1 ? "" : "s"}`, amountMinor: offer.priceMinor * hours };
    }
    return { start, end, label: offer.label, amountMinor: offer.priceMinor };
  });
  return { lines, totalMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0) };
}

/** The dates of full-day blocks that sit in runs of at least `minDays` consecutive dates. */
function datesInLockoutRuns(blocks: { date: LocalDate; offer: Offer }[], minDays: number): Set<LocalDate> {
  const fullDays = [...new Set(blocks.filter((block) => block.offer.kind === "FULL_DAY").map((block) => block.date))].sort();
  const result = new Set<LocalDate>();
  let run: LocalDate[] = [];
  const close = () => {
    if (run.length >= minDays) run.forEach((date) => result.add(date));
    run = [];
  };
  for (const date of fullDays) {
    if (run.length > 0 && addDays(run.at(-1)!, 1) !== date) close();
    run.push(date);
  }
  close();
  return result;
}
