// The estimate an artist sees beside their picks, from the room's rate card, priced as the
// server prices requested blocks (rate-card/estimate-blocks.ts): hours at the hourly price, each
// half or full day at its price, and full days in a run long enough for a lockout at the
// lockout's day price. Kept free of the zone library so the picker can run it in the browser.
import { datesInRuns } from "../rate-card/dates-in-runs";
import type { LocalDate } from "../time/zoned-time";
import { offerOf, type RoomCalendar } from "./room-calendar";
import type { Pick } from "./when-selection";

export type PickEstimate = { lines: { pick: Pick; label: string; amountMinor: number }[]; totalMinor: number; currency: string; shortLockout: LocalDate[] };


export function estimatePicks(picks: Pick[], calendar: RoomCalendar): PickEstimate {
  const lockout = offerOf(calendar, "lockout");
  const full = offerOf(calendar, "full");
  const dayDates = [...new Set(picks.filter((pick) => pick.kind === "full" || pick.kind === "lockout").map((pick) => pick.date))].sort();
  const inRuns = lockout ? datesInRuns(dayDates, lockout.minDays ?? 2) : new Set<LocalDate>();
  const lines = picks.flatMap((pick) => {
    const offer = offerOf(calendar, pick.kind);
    if (!offer) return [];
    if ((pick.kind === "full" || pick.kind === "lockout") && lockout && inRuns.has(pick.date)) return [{ pick, label: lockout.label, amountMinor: lockout.priceMinor }];
    // A lockout day short of a run is booked as a full day where the room sells one.
    if (pick.kind === "lockout" && full) return [{ pick, label: full.label, amountMinor: full.priceMinor }];
    if (pick.kind === "hourly") return [{ pick, label: `${offer.label}: ${pick.hours} hour${pick.hours === 1 ? "" : "s"}`, amountMinor: offer.priceMinor * (pick.hours ?? 1) }];
    return [{ pick, label: offer.label, amountMinor: offer.priceMinor }];
  });
  const shortLockout = picks.filter((pick) => pick.kind === "lockout" && !inRuns.has(pick.date)).map((pick) => pick.date);
  return { lines, totalMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0), currency: calendar.currency, shortLockout };
}
