import type { Transaction } from "../database/transaction";
import { ExpectedError } from "../errors/expected-error";
import type { Refund } from "../generated/prisma/client";
import { formatMoney } from "../money/format-money";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { issueInvoice } from "./issue-invoice";
import { queueInvoiceEmail } from "./queue-invoice-email";
import { lockInvoice } from "./lock-invoice";
import { recordMoneyEvent } from "./record-money-event";

export type RefundRequest = { paymentId: string; leadId: string; amountMinor: number; description: string; actorId: string | null; now: Date };

/**
 * Gives back part or all of one payment, in the caller's transaction (which has locked the lead):
 * a credit note against the payment's invoice documents it, and a Refund row carries it out. A
 * card payment's refund is PENDING until Stripe has it (sent after the commit, and retried by a
 * background task); a bank transfer's is PENDING until a staff member marks it sent. Never more
 * than what is left of the payment. The artist is emailed the credit note.
 */
export async function issueRefund(tx: Transaction, request: RefundRequest, emailSettings: EmailSettings): Promise<Refund> {
  const payment = await tx.payment.findUnique({ where: { id: request.paymentId }, include: { refunds: { where: { status: { not: "FAILED" } }, select: { amountMinor: true } } } });
  if (!payment) throw new ExpectedError("payment-not-found");
  const invoice = await lockInvoice(tx, payment.invoiceId, request.leadId);
  const refundable = payment.amountMinor - payment.refunds.reduce((sum, refund) => sum + refund.amountMinor, 0);
  if (!Number.isSafeInteger(request.amountMinor) || request.amountMinor <= 0) {
    throw new ExpectedError("billing-invalid", { fieldErrors: { amount: ["Enter the amount to refund, more than zero."] } });
  }
  if (request.amountMinor > refundable) {
    const message = refundable === 0 ? "This payment has been refunded in full already." : `A refund cannot be more than what is left of this payment: ${formatMoney(refundable, invoice.currency)}.`;
    throw new ExpectedError("billing-invalid", message, { fieldErrors: { amount: [message] } });
  }
  const creditNote = await issueInvoice(tx, {
    kind: "CREDIT_NOTE",
    leadId: invoice.inquiryId,
    groupId: invoice.groupId,
    credits: { invoiceId: invoice.id, reason: "REFUND" },
    lines: [{ description: request.description, amountMinor: request.amountMinor }],
    // A refund gives back money paid: gross, at the rate of the invoice it was paid against.
    taxRule: { taxRateBasisPoints: invoice.taxRateBasisPoints, taxInclusive: true, taxLabel: invoice.taxLabel },
    actorId: request.actorId,
    now: request.now,
  });
  const refund = await tx.refund.create({
    data: { paymentId: payment.id, creditNoteId: creditNote.id, amountMinor: request.amountMinor, createdById: request.actorId, createdAt: request.now },
  });
  await queueInvoiceEmail(tx, { invoiceId: creditNote.id, now: request.now }, emailSettings);
  await recordMoneyEvent(tx, { type: "REFUND_RECORDED", leadId: invoice.inquiryId, actorId: request.actorId, now: request.now, invoiceId: creditNote.id, documentNumber: creditNote.number, amountMinor: request.amountMinor });
  return refund;
}
