// The cancellation policy as the owners' form sends it: up to six rows of "at least <n> <hours|days>
// before the first session, refund <p> %", where an empty row is no tier. Messages name the tier
// by its row, or name both tiers when two of them disagree.
import { z } from "zod";
import { formatNotice, noticeHours } from "./notice-period";
import type { PolicyTier } from "./refund-for-cancellation";

export const MAX_POLICY_TIERS = 6;

const row = z.object({
  notice: z.string({ error: "Send each tier's notice as text." }),
  unit: z.string({ error: "Send each tier's unit as text." }),
  refund: z.string({ error: "Send each tier's refund as text." }),
});

/** "48 hours'", "1 hour's": notice as in "at 48 hours' notice". */
const noticeOf = (hours: number) => {
  const text = formatNotice(hours);
  return text.endsWith("s") ? `${text}'` : `${text}'s`;
};

export const cancellationPolicySchema = z
  .object({
    tiers: z.array(row, { error: "Send the policy's tiers." }).max(MAX_POLICY_TIERS, `A policy has at most ${MAX_POLICY_TIERS} tiers.`),
    forfeitAsCredit: z.boolean({ error: "Say whether what is not refunded is kept as the artist's credit." }),
  })
  .transform(({ tiers: rows, forfeitAsCredit }, ctx) => {
    let failed = false;
    const fail = (field: string, message: string) => {
      failed = true;
      ctx.addIssue({ code: "custom", path: [field], message });
    };
    const tiers: (PolicyTier & { row: number })[] = [];
    rows.forEach(({ notice, unit, refund }, index) => {
      if (notice.trim() === "" && refund.trim() === "") return;
      const hours = noticeHours(notice, unit);
      const percent = /^\d{1,3}$/.test(refund.trim()) && Number(refund) <= 100 ? Number(refund) : null;
      if (hours === null) fail(`notice-${index}`, `Tier ${index + 1}: give the notice as a whole number of hours or days, from 1 hour to 365 days.`);
      if (percent === null) fail(`refund-${index}`, `Tier ${index + 1}: give the refund as a whole percentage from 0 to 100.`);
      if (hours !== null && percent !== null) tiers.push({ minNoticeHours: hours, refundPercent: percent, row: index });
    });
    if (failed) return z.NEVER;

    // Most notice first; rows of equal notice in the order they were typed.
    tiers.sort((a, b) => b.minNoticeHours - a.minNoticeHours || a.row - b.row);
    for (let index = 1; index < tiers.length; index += 1) {
      const [more, less] = [tiers[index - 1], tiers[index]];
      if (more.minNoticeHours === less.minNoticeHours) {
        fail(`notice-${less.row}`, `Two tiers both start at ${noticeOf(less.minNoticeHours)} notice: give each a different notice.`);
      }
    }
    if (failed) return z.NEVER;
    for (let index = 1; index < tiers.length; index += 1) {
      const [more, less] = [tiers[index - 1], tiers[index]];
      if (more.refundPercent < less.refundPercent) {
        fail(
          `refund-${more.row}`,
          `A tier with more notice must refund at least as much as one with less: ${formatNotice(more.minNoticeHours)} refunds ${more.refundPercent} % but ${formatNotice(less.minNoticeHours)} refunds ${less.refundPercent} %.`,
        );
      }
    }
    if (failed) return z.NEVER;
    return { tiers: tiers.map(({ minNoticeHours, refundPercent }) => ({ minNoticeHours, refundPercent })), forfeitAsCredit };
  });
