import { divideRoundingHalfUp } from "./invoice-totals";

/** A cancellation at least minNoticeHours before the booking's first live session refunds refundPercent. */
export type PolicyTier = { minNoticeHours: number; refundPercent: number };

export type CancellationRefund = {
  /** The tier that applied; null when the notice was shorter than every tier (nothing back). */
  tier: PolicyTier | null;
  refundPercent: number;
  refundMinor: number;
  /** What the studio keeps (or holds as the artist's credit, as its settings say). */
  keptMinor: number;
};

const HOUR_MS = 3_600_000;

/**
 * What the cancellation policy gives back of `paidMinor` when the booking is cancelled at `now`,
 * its first live session starting at `startsAt`. A tier applies from exactly its notice: 48 hours
 * ahead is "at least 48 hours". A half minor unit of refund rounds up, in the artist's favour.
 */
export function refundForCancellation(paidMinor: number, now: Date, startsAt: Date, tiers: PolicyTier[]): CancellationRefund {
  const noticeMs = startsAt.getTime() - now.getTime();
  const tier = [...tiers].sort((a, b) => b.minNoticeHours - a.minNoticeHours).find((candidate) => noticeMs >= candidate.minNoticeHours * HOUR_MS) ?? null;
  const refundPercent = tier?.refundPercent ?? 0;
  const refundMinor = divideRoundingHalfUp(paidMinor * refundPercent, 100);
  return { tier, refundPercent, refundMinor, keptMinor: paidMinor - refundMinor };
}
