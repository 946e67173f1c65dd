import { formatNotice } from "./notice-period";
import type { PolicyTier } from "./refund-for-cancellation";

const refund = (percent: number) => (percent === 0 ? "no refund" : percent === 100 ? "full refund" : `${percent} % back`);

/**
 * A cancellation policy in plain words for artists: "Cancel at least 14 days before your first
 * session: full refund. At least 48 hours before: 50 % back. Later than that: no refund." Tiers
 * come in any order. Only the steps are worded: a tier steps the same as the next one with
 * less notice adds nothing, nor do tiers at the end that refund nothing ("later than that" says
 * it). With `forfeitAsCredit`, what is not refunded stays as the artist's credit.
 */
export function describeCancellationPolicy(tiers: PolicyTier[], { forfeitAsCredit }: { forfeitAsCredit: boolean }): string {
  const sorted = [...tiers].sort((a, b) => b.minNoticeHours - a.minNoticeHours);
  const steps = sorted.filter((tier, index) => sorted[index + 1]?.refundPercent !== tier.refundPercent);
  while (steps.at(-1)?.refundPercent === 0) steps.pop();
  if (steps.length === 0) {
    return forfeitAsCredit ? "Cancellations are not refunded, but what you paid stays with us as credit towards a later booking." : "Cancellations are not refunded.";
  }
  const sentences = steps.map((tier, index) =>
    index === 0
      ? `Cancel at least ${formatNotice(tier.minNoticeHours)} before your first session: ${refund(tier.refundPercent)}.`
      : `At least ${formatNotice(tier.minNoticeHours)} before: ${refund(tier.refundPercent)}.`,
  );
  sentences.push("Later than that: no refund.");
  if (forfeitAsCredit) sentences.push("What is not refunded stays with us as credit towards a later booking.");
  return sentences.join(" ");
}
