import { describe, expect, it } from "vitest";
import { estimateBlocks } from "@/lib/rate-card/estimate-blocks";
import type { Offer } from "@/lib/rate-card/offer-blocks";
import { testCalendar } from "@/test/support/when-fixtures";
import { estimatePicks } from "./estimate-picks";
import type { Pick } from "./when-selection";

const calendar = testCalendar();
// The same rate card as the server holds it.
const offers: Offer[] = [
  { id: "h", kind: "HOURLY", label: "By the hour (2 hours or more)", priceMinor: 4_500, minHours: 2, blockMinutes: null, startTimes: [], minDays: null, active: true },
  { id: "d", kind: "HALF_DAY", label: "Half day (6 hours)", priceMinor: 19_000, minHours: null, blockMinutes: 360, startTimes: [600, 960], minDays: null, active: true },
  { id: "f", kind: "FULL_DAY", label: "Full day", priceMinor: 32_000, minHours: null, blockMinutes: null, startTimes: [], minDays: null, active: true },
  { id: "l", kind: "LOCKOUT", label: "Lockout (3 days or more)", priceMinor: 29_000, minHours: null, blockMinutes: null, startTimes: [], minDays: 3, active: true },
];
const serverKind = { hourly: "HOURLY", half: "HALF_DAY", full: "FULL_DAY", lockout: "FULL_DAY" } as const;

/** What the server's estimate says for the same picks (a lockout day is matched as a full day there). */
function serverEstimate(picks: Pick[]) {
  const blocks = picks.map((pick) => ({ start: new Date(0), end: new Date((pick.hours ?? 1) * 3_600_000), date: pick.date, offer: offers.find((offer) => offer.kind === serverKind[pick.kind])! }));
  return estimateBlocks(blocks, offers);
}

describe("estimatePicks", () => {
  it.each<[string, Pick[]]>([
    ["a full day and a half day", [{ date: "2026-11-03", kind: "full" }, { date: "2026-11-05", kind: "half", start: 960 }]],
    ["three hours", [{ date: "2026-11-03", kind: "hourly", start: 660, hours: 3 }]],
    ["three full days in a row, priced as a lockout", [{ date: "2026-11-03", kind: "full" }, { date: "2026-11-04", kind: "full" }, { date: "2026-11-05", kind: "full" }]],
    ["lockout days in a run", [{ date: "2026-11-03", kind: "lockout" }, { date: "2026-11-04", kind: "lockout" }, { date: "2026-11-05", kind: "lockout" }, { date: "2026-11-06", kind: "lockout" }]],
    ["two full days apart", [{ date: "2026-11-03", kind: "full" }, { date: "2026-11-05", kind: "full" }]],
  ])("prices %s as the server does", (_, picks) => {
    const ours = estimatePicks(picks, calendar);
    const theirs = serverEstimate(picks);
    expect(ours.lines.map(({ label, amountMinor }) => ({ label, amountMinor }))).toEqual(theirs.lines.map(({ label, amountMinor }) => ({ label, amountMinor })));
    expect(ours.totalMinor).toBe(theirs.totalMinor);
  });

  it("says which lockout days are short of a run", () => {
    const estimate = estimatePicks([{ date: "2026-11-03", kind: "lockout" }, { date: "2026-11-04", kind: "lockout" }], calendar);
    expect(estimate.shortLockout).toEqual(["2026-11-03", "2026-11-04"]);
    expect(estimate.totalMinor).toBe(64_000);
  });
});
