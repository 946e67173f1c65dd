import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { requireOwner } from "../studio/require-owner";
import { cancellationPolicySchema } from "./cancellation-policy-schema";
import { lockBillingSettings } from "./lock-billing-settings";
import { parseBillingInput } from "./parse-billing-input";
import type { PolicyTier } from "./refund-for-cancellation";

/** One row of the policy form: the notice as typed with its unit ("hours" or "days"), and the refund in percent. */
export type PolicyTierInput = { notice: string; unit: string; refund: string };

/**
 * Replaces the cancellation policy (owners only): its tiers, and whether what is not refunded
 * stays as the artist's credit. Empty rows are no tier. Readers see the old policy or the new
 * one, never a mix; proposals already sent keep the policy they were sent with.
 */
export async function setCancellationPolicy(
  db: Database,
  actor: StaffMember,
  input: { tiers: PolicyTierInput[]; forfeitAsCredit: boolean },
): Promise<{ tiers: PolicyTier[]; forfeitAsCredit: boolean }> {
  requireOwner(actor);
  const policy = parseBillingInput(cancellationPolicySchema, input);
  await db.$transaction(async (tx) => {
    // Two owners saving at once would otherwise both delete, then collide inserting the same notice.
    await lockBillingSettings(tx);
    await tx.cancellationTier.deleteMany({});
    if (policy.tiers.length > 0) await tx.cancellationTier.createMany({ data: policy.tiers });
    await tx.billingSettings.update({ where: { id: 1 }, data: { forfeitAsCredit: policy.forfeitAsCredit } });
  });
  return policy;
}
