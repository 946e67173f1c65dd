import type { OfferKind } from "../generated/prisma/client";

export type OfferRow = {
  kind: OfferKind;
  label: string;
  priceMinor: number;
  minHours: number | null;
  blockMinutes: number | null;
  startTimes: number[];
  minDays: number | null;
};

/** Rounded to whole units of the currency, as a studio writes prices. */
const wholeUnits = (minor: number) => Math.round(minor / 100) * 100;

/**
 * The rate card a new room starts with, priced from its hourly and day rates: the four ways
 * studios sell time. Half days suit the default opening hours (10:00–22:00); the owner adjusts
 * them to the studio's own. The rate-card migration gave existing rooms the same.
 */
export function defaultRoomOffers({ hourlyRateCents, dayRateCents }: { hourlyRateCents: number; dayRateCents: number }): OfferRow[] {
  return [
    { kind: "HOURLY", label: "By the hour (2 hours or more)", priceMinor: hourlyRateCents, minHours: 2, blockMinutes: null, startTimes: [], minDays: null },
    { kind: "HALF_DAY", label: "Half day (6 hours)", priceMinor: wholeUnits(dayRateCents * 0.6), minHours: null, blockMinutes: 360, startTimes: [600, 960], minDays: null },
    { kind: "FULL_DAY", label: "Full day", priceMinor: dayRateCents, minHours: null, blockMinutes: null, startTimes: [], minDays: null },
    { kind: "LOCKOUT", label: "Lockout (3 days or more)", priceMinor: wholeUnits(dayRateCents * 0.9), minHours: null, blockMinutes: null, startTimes: [], minDays: 3 },
  ];
}
