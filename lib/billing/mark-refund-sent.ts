import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { isUuid } from "../validation/is-uuid";

/** A staff member has sent a bank-transfer refund: it is done. (Card refunds are Stripe's to finish.) */
export async function markRefundSent(db: Database, { leadId, refundId, now = new Date() }: { leadId: string; refundId: string; now?: Date }): Promise<void> {
  if (!isUuid(refundId)) throw new ExpectedError("payment-not-found", "This refund does not exist, or is not this lead's.");
  const updated = await db.refund.updateMany({
    where: { id: refundId, status: "PENDING", payment: { method: { not: "STRIPE" }, invoice: { inquiryId: leadId } } },
    data: { status: "SUCCEEDED", updatedAt: now },
  });
  if (updated.count === 0) throw new ExpectedError("billing-conflict", "This refund was marked sent already, or is a card refund that Stripe completes. Reload to see it.");
}
