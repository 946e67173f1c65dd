// The estimate an artist sees for the blocks they picked, from the room's rate card: hours at
// the hourly price, each fixed block at its price, and a run of full days long enough for a
// lockout at the lockout's day price. Integer minor units throughout; nothing is rounded.
import type { LocalDate } from "../time/zoned-time";
import { datesInRuns, type Offer } from "./offer-blocks";

export type EstimateLine = { start: Date; end: Date; label: string; amountMinor: number };
export type Estimate = { lines: EstimateLine[]; totalMinor: number };

const HOUR_MS = 3_600_000;

export function estimateBlocks(blocks: { start: Date; end: Date; date: LocalDate; offer: Offer }[], offers: Offer[]): Estimate {
  const lockout = offers.find((offer) => offer.kind === "LOCKOUT" && offer.active);
  // Full days (or lockout days, where the room sells no full day) in a long enough run.
  const dayDates = [...new Set(blocks.filter((block) => block.offer.kind === "FULL_DAY" || block.offer.kind === "LOCKOUT").map((block) => block.date))].sort();
  const lockoutDates = lockout ? datesInRuns(dayDates, lockout.minDays ?? Infinity) : new Set<LocalDate>();
  const lines = blocks.map(({ start, end, date, offer }): EstimateLine => {
    if (lockout && lockoutDates.has(date) && (offer.kind === "FULL_DAY" || offer.kind === "LOCKOUT")) return { start, end, label: lockout.label, amountMinor: lockout.priceMinor };
    if (offer.kind === "HOURLY") {
      const hours = Math.round((end.getTime() - start.getTime()) / HOUR_MS);
      return { start, end, label: `${offer.label}: ${hours} hour${hours === 1 ? "" : "s"}`, amountMinor: offer.priceMinor * hours };
    }
    return { start, end, label: offer.label, amountMinor: offer.priceMinor };
  });
  return { lines, totalMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0) };
}
