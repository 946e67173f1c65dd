import { describe, expect, it } from "vitest";
import { wallClockToInstant } from "../time/zoned-time";
import { defaultRoomOffers } from "./default-room-offers";
import { fixedBlocks, freeBlocks, matchOffer, planDay, type Offer } from "./offer-blocks";
import { estimateBlocks } from "./estimate-blocks";

const offers: Offer[] = defaultRoomOffers({ hourlyRateCents: 4_000, dayRateCents: 30_000 }).map((offer) => ({ ...offer, id: offer.kind, active: true }));
const byKind = (kind: Offer["kind"]) => offers.find((offer) => offer.kind === kind)!;
const HOURS = { opensAt: 600, closesAt: 1320 }; // 10:00–22:00
const LONG_AGO = new Date("2020-01-01T00:00:00Z");

const iso = (date: string, minutes: number, zone: string) => wallClockToInstant(date, minutes, zone).toISOString();
const view = (blocks: { offer?: string; start: Date; end: Date }[]) => blocks.map((block) => [block.offer, block.start.toISOString(), block.end.toISOString()]);

describe("freeBlocks", () => {
  it("lists hourly windows around a booking, and only the fixed blocks it leaves whole", () => {
    const zone = "Europe/London";
    const plan = planDay("2026-12-08", HOURS, zone);
    const busy: [number, number][] = [[Date.parse(iso("2026-12-08", 720, zone)), Date.parse(iso("2026-12-08", 810, zone))]]; // 12:00–13:30
    expect(view(freeBlocks(plan, offers, busy, zone, LONG_AGO))).toEqual([
      // 10:00–12:00 is two hours, the minimum; after the booking, whole slots start at 14:00.
      ["HOURLY", iso("2026-12-08", 600, zone), iso("2026-12-08", 720, zone)],
      ["HOURLY", iso("2026-12-08", 840, zone), iso("2026-12-08", 1320, zone)],
      ["HALF_DAY", iso("2026-12-08", 960, zone), iso("2026-12-08", 1320, zone)],
    ]);
  });

  it("leaves out windows shorter than the minimum, times already started, and closed days", () => {
    const zone = "Europe/London";
    const plan = planDay("2026-12-08", HOURS, zone);
    const busy: [number, number][] = [[Date.parse(iso("2026-12-08", 660, zone)), Date.parse(iso("2026-12-08", 1260, zone))]]; // 11:00–21:00
    expect(freeBlocks(plan, offers, busy, zone, LONG_AGO)).toEqual([]); // 10–11 and 21–22 are one hour each
    // At 19:00 the hours from 20:00 are left: two, enough for an hourly booking and nothing else.
    expect(view(freeBlocks(plan, offers, [], zone, new Date(iso("2026-12-08", 1140, zone))))).toEqual([["HOURLY", iso("2026-12-08", 1200, zone), iso("2026-12-08", 1320, zone)]]);
    expect(freeBlocks(plan, offers, [], zone, new Date(iso("2026-12-08", 1200, zone)))).toEqual([]);
    expect(freeBlocks(planDay("2026-12-08", null, zone), offers, [], zone, LONG_AGO)).toEqual([]);
  });

  it("keeps wall-clock blocks on the days the clocks change, in London and New York", () => {
    for (const [zone, date] of [["Europe/London", "2026-03-29"], ["Europe/London", "2026-10-25"], ["America/New_York", "2026-03-08"], ["America/New_York", "2026-11-01"]] as const) {
      const hours = { opensAt: 0, closesAt: 1440 };
      const [half] = fixedBlocks({ ...byKind("HALF_DAY"), startTimes: [120] }, { ...planDay(date, hours, zone), hours }, zone); // from 02:00, six hours
      expect(half!.start.toISOString()).toBe(iso(date, 120, zone));
      expect(half!.end.toISOString()).toBe(iso(date, 480, zone));
      const [day] = fixedBlocks(byKind("FULL_DAY"), { ...planDay(date, hours, zone), hours }, zone);
      const hoursLong = (day!.end.getTime() - day!.start.getTime()) / 3_600_000;
      expect(hoursLong).toBe(date.endsWith("03-29") || date.endsWith("03-08") ? 23 : 25);
    }
  });
});

describe("matchOffer", () => {
  const zone = "America/New_York";
  const plan = planDay("2026-12-08", HOURS, zone);
  const block = (from: number, to: number) => ({ start: new Date(iso("2026-12-08", from, zone)), end: new Date(iso("2026-12-08", to, zone)) });

  it("names the offer a block is, preferring the full day, then a half day, then hours", () => {
    expect(matchOffer(block(600, 1320), plan, offers, zone)?.kind).toBe("FULL_DAY");
    expect(matchOffer(block(960, 1320), plan, offers, zone)?.kind).toBe("HALF_DAY");
    expect(matchOffer(block(600, 960), plan, offers, zone)?.kind).toBe("HALF_DAY");
    expect(matchOffer(block(660, 840), plan, offers, zone)?.kind).toBe("HOURLY");
  });

  it("takes whole hours from an opening on the half hour", () => {
    const halfPast = planDay("2026-12-08", { opensAt: 630, closesAt: 1320 }, zone);
    expect(matchOffer(block(630, 750), halfPast, offers, zone)?.kind).toBe("HOURLY");
    expect(matchOffer(block(660, 780), halfPast, offers, zone)?.kind).toBe("HOURLY");
    expect(matchOffer(block(630, 720), halfPast, offers, zone)).toBeNull(); // an hour and a half
    expect(matchOffer(block(1200, 1380), halfPast, offers, zone)).toBeNull(); // past closing
  });

  it("refuses part hours, blocks under the minimum, blocks outside the hours, and kinds the room does not sell", () => {
    expect(matchOffer(block(630, 750), plan, offers, zone)).toBeNull();
    expect(matchOffer(block(600, 660), plan, offers, zone)).toBeNull();
    expect(matchOffer(block(540, 720), plan, offers, zone)).toBeNull();
    expect(matchOffer(block(600, 1320), planDay("2026-12-08", null, zone), offers, zone)).toBeNull();
    expect(matchOffer(block(660, 840), plan, offers.filter((offer) => offer.kind !== "HOURLY"), zone)).toBeNull();
    expect(matchOffer(block(600, 1320), plan, offers.map((offer) => ({ ...offer, active: offer.kind !== "FULL_DAY" })), zone)?.kind).toBe("LOCKOUT");
  });
});

describe("estimateBlocks", () => {
  const zone = "Europe/London";
  const fullDay = (date: string) => ({ start: new Date(iso(date, 600, zone)), end: new Date(iso(date, 1320, zone)), date, offer: byKind("FULL_DAY") });

  it("prices hours, fixed blocks, and a run of full days long enough for a lockout at the lockout's day price", () => {
    const hourly = { start: new Date(iso("2026-12-01", 600, zone)), end: new Date(iso("2026-12-01", 780, zone)), date: "2026-12-01", offer: byKind("HOURLY") };
    const estimate = estimateBlocks([hourly, fullDay("2026-12-03"), fullDay("2026-12-04"), fullDay("2026-12-05"), fullDay("2026-12-09")], offers);
    expect(estimate.lines.map((line) => [line.label, line.amountMinor])).toEqual([
      ["By the hour (2 hours or more): 3 hours", 12_000],
      ["Lockout (3 days or more)", 27_000],
      ["Lockout (3 days or more)", 27_000],
      ["Lockout (3 days or more)", 27_000],
      ["Full day", 30_000],
    ]);
    expect(estimate.totalMinor).toBe(12_000 + 3 * 27_000 + 30_000);
  });

  it("keeps two days at the full-day price when the lockout needs three", () => {
    expect(estimateBlocks([fullDay("2026-12-03"), fullDay("2026-12-04")], offers).totalMinor).toBe(60_000);
  });
});
