import { describe, expect, it } from "vitest";
import { depositFor, divideRoundingHalfUp, taxInGross, totalsFor } from "./invoice-totals";
import { refundForCancellation } from "./refund-for-cancellation";

describe("totalsFor", () => {
  it("takes the tax out of prices that include it, once for the whole document", () => {
    // 3 × £0.10 at 20 %: per line the tax would round to 2p each (6p); once, it is 5p.
    expect(totalsFor([{ description: "a", amountMinor: 10 }, { description: "b", amountMinor: 10 }, { description: "c", amountMinor: 10 }], { taxRateBasisPoints: 2000, taxInclusive: true })).toEqual({ subtotalMinor: 25, taxMinor: 5, totalMinor: 30 });
    expect(totalsFor([{ description: "day", amountMinor: 30_000 }], { taxRateBasisPoints: 2000, taxInclusive: true })).toEqual({ subtotalMinor: 25_000, taxMinor: 5_000, totalMinor: 30_000 });
  });

  it("adds the tax to prices without it, a half penny rounding up", () => {
    // 5 % of 1,010p is 50.5p: 51p.
    expect(totalsFor([{ description: "a", amountMinor: 1010 }], { taxRateBasisPoints: 500, taxInclusive: false })).toEqual({ subtotalMinor: 1010, taxMinor: 51, totalMinor: 1061 });
    expect(totalsFor([{ description: "a", amountMinor: 999 }], { taxRateBasisPoints: 0, taxInclusive: false })).toEqual({ subtotalMinor: 999, taxMinor: 0, totalMinor: 999 });
  });

  it("rounds a half up and everything else to the nearest unit", () => {
    expect([divideRoundingHalfUp(5, 2), divideRoundingHalfUp(7, 3), divideRoundingHalfUp(8, 3), divideRoundingHalfUp(0, 7)]).toEqual([3, 2, 3, 0]);
    expect(taxInGross(12, 2000)).toBe(2);
  });
});

describe("depositFor", () => {
  const rule = { depositPercent: 50, depositFixedMinor: 10_000 };
  it("takes none, a share rounded half up, or a fixed amount never above the total", () => {
    expect(depositFor(16_001, { ...rule, depositRule: "NONE" })).toBe(0);
    expect(depositFor(16_001, { ...rule, depositRule: "PERCENT" })).toBe(8_001);
    expect(depositFor(16_001, { ...rule, depositRule: "FIXED" })).toBe(10_000);
    expect(depositFor(6_000, { ...rule, depositRule: "FIXED" })).toBe(6_000);
  });
});

describe("refundForCancellation at each tier's boundary", () => {
  const tiers = [{ minNoticeHours: 48, refundPercent: 50 }, { minNoticeHours: 336, refundPercent: 100 }];
  const startsAt = new Date("2026-12-20T10:00:00Z");
  const before = (hours: number, ms = 0) => new Date(startsAt.getTime() - hours * 3_600_000 + ms);
  it.each([
    ["14 days ahead exactly", before(336), 100, 25_001],
    ["a millisecond under 14 days", before(336, 1), 50, 12_501],
    ["48 hours ahead exactly", before(48), 50, 12_501],
    ["a millisecond under 48 hours", before(48, 1), 0, 0],
    ["after the session started", before(-1), 0, 0],
  ])("%s", (_when, now, percent, refund) => {
    const result = refundForCancellation(25_001, now, startsAt, tiers);
    expect(result).toMatchObject({ refundPercent: percent, refundMinor: refund, keptMinor: 25_001 - refund });
  });

  it("refunds nothing with no tiers", () => {
    expect(refundForCancellation(10_000, before(1000), startsAt, [])).toMatchObject({ tier: null, refundMinor: 0, keptMinor: 10_000 });
  });
});
