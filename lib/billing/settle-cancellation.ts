import type { Transaction } from "../database/transaction";
import { issueInvoice } from "./issue-invoice";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { issueRefund } from "./issue-refund";
import { queueInvoiceEmail } from "./queue-invoice-email";
import { describeCancellationPlan, planCancellation, type CancelledBy, type CancellationPlan } from "./plan-cancellation";

/**
 * Carries out a cancelled booking's money, in the cancel's transaction (the lead and the booking
 * locked): the refunds the plan gives (each with its credit note), the kept part as the artist's
 * credit when the studio keeps credit, and a credit note cancelling whatever was still unpaid, so
 * the booking owes nothing either way; the artist is emailed each credit note. Answers the plan,
 * or null when nothing was invoiced.
 */
export async function settleCancellation(
  tx: Transaction,
  { leadId, groupId, cancelledBy, firstStartsAt, actorId, now }: { leadId: string; groupId: string; cancelledBy: CancelledBy; firstStartsAt: Date; actorId: string | null; now: Date },
  emailSettings: EmailSettings,
): Promise<CancellationPlan | null> {
  await tx.$queryRaw`SELECT "id" FROM "Invoice" WHERE "groupId" = ${groupId}::uuid ORDER BY "id" FOR UPDATE`;
  const plan = await planCancellation(tx, { groupId, cancelledBy, firstStartsAt, now });
  if (!plan) return null;
  const reason = describeCancellationPlan(plan);
  for (const refund of plan.refunds) {
    await issueRefund(tx, { paymentId: refund.paymentId, leadId, amountMinor: refund.amountMinor, description: `Refund on cancellation. ${reason}`.slice(0, 500), actorId, now }, emailSettings);
  }
  if (plan.keptAsCredit && plan.creditInvoiceId) {
    const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: plan.creditInvoiceId } });
    const credit = await issueInvoice(tx, {
      kind: "CREDIT_NOTE",
      leadId,
      groupId,
      credits: { invoiceId: invoice.id, reason: "ACCOUNT_CREDIT" },
      lines: [{ description: "Kept as your credit towards a later booking, under the cancellation policy", amountMinor: plan.refund.keptMinor }],
      taxRule: { taxRateBasisPoints: invoice.taxRateBasisPoints, taxInclusive: true, taxLabel: invoice.taxLabel },
      actorId,
      now,
    });
    await queueInvoiceEmail(tx, { invoiceId: credit.id, now }, emailSettings);
  }
  for (const item of plan.unpaid) {
    const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: item.invoiceId } });
    const cancelled = await issueInvoice(tx, {
      kind: "CREDIT_NOTE",
      leadId,
      groupId,
      credits: { invoiceId: invoice.id, reason: "CANCELLATION" },
      lines: [{ description: `The booking was cancelled: the unpaid part of ${invoice.number} is no longer due`, amountMinor: item.amountMinor }],
      taxRule: { taxRateBasisPoints: invoice.taxRateBasisPoints, taxInclusive: true, taxLabel: invoice.taxLabel },
      actorId,
      now,
    });
    await queueInvoiceEmail(tx, { invoiceId: cancelled.id, now }, emailSettings);
  }
  return plan;
}
