import type { Transaction } from "../database/transaction";
import { ExpectedError } from "../errors/expected-error";
import type { Refund } from "../generated/prisma/client";
import { formatMoney } from "../money/format-money";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { loadInvoiceBalance } from "./invoice-balance";
import { issueInvoice } from "./issue-invoice";
import { queueInvoiceEmail } from "./queue-invoice-email";
import { lockInvoice } from "./lock-invoice";
import { recordMoneyEvent } from "./record-money-event";

export type RefundRequest = { paymentId: string; leadId: string; amountMinor: number; description: string; actorId: string | null; now: Date };

/**
 * Gives back part or all of one payment, in the caller's transaction (which has locked the lead):
 * a credit note against the payment's invoice takes it off what was owed (except the part that
 * only returns an overpayment), and a Refund row carries it out. A
 * card payment's refund is PENDING until Stripe has it (sent after the commit, and retried by a
 * background task); a bank transfer's is PENDING until a staff member marks it sent. Never more
 * than what is left of the payment. The artist is emailed the credit note.
 */
export async function issueRefund(tx: Transaction, request: RefundRequest, emailSettings: EmailSettings): Promise<Refund> {
  const payment = await tx.payment.findUnique({ where: { id: request.paymentId }, include: { refunds: { where: { status: { not: "FAILED" } }, select: { amountMinor: true } } } });
  if (!payment) throw new ExpectedError("payment-not-found");
  const invoice = await lockInvoice(tx, payment.invoiceId, request.leadId);
  const [balance, keptAsCredit] = await Promise.all([
    loadInvoiceBalance(tx, invoice.id),
    tx.invoice.aggregate({ where: { creditsInvoiceId: invoice.id, creditReason: "ACCOUNT_CREDIT" }, _sum: { amountDueMinor: true } }),
  ]);
  // What is left of this payment, and never money already kept as the artist's credit: that is
  // theirs to spend on a booking, not to take twice.
  const refundable = Math.min(
    payment.amountMinor - payment.refunds.reduce((sum, refund) => sum + refund.amountMinor, 0),
    balance.paidMinor - (keptAsCredit._sum.amountDueMinor ?? 0),
  );
  if (!Number.isSafeInteger(request.amountMinor) || request.amountMinor <= 0) {
    throw new ExpectedError("billing-invalid", { fieldErrors: { amount: ["Enter the amount to refund, more than zero."] } });
  }
  if (request.amountMinor > refundable) {
    const message = refundable <= 0 ? "Nothing of this payment is left to refund." : `A refund cannot be more than what is left of this payment: ${formatMoney(refundable, invoice.currency)}.`;
    throw new ExpectedError("billing-invalid", message, { fieldErrors: { amount: [message] } });
  }
  // Giving back an overpayment leaves what was owed as it was; only the rest lowers it, by a credit note.
  const overpaidMinor = Math.max(0, -balance.outstandingMinor);
  const creditedMinor = request.amountMinor - Math.min(request.amountMinor, overpaidMinor);
  const creditNote =
    creditedMinor > 0
      ? await issueInvoice(tx, {
          kind: "CREDIT_NOTE",
          leadId: invoice.inquiryId,
          groupId: invoice.groupId,
          credits: { invoiceId: invoice.id, reason: "REFUND" },
          lines: [{ description: request.description, amountMinor: creditedMinor }],
          // A refund gives back money paid: gross, at the rate of the invoice it was paid against.
          taxRule: { taxRateBasisPoints: invoice.taxRateBasisPoints, taxInclusive: true, taxLabel: invoice.taxLabel },
          actorId: request.actorId,
          now: request.now,
        })
      : null;
  const refund = await tx.refund.create({
    data: {
      paymentId: payment.id,
      creditNoteId: creditNote?.id ?? null,
      amountMinor: request.amountMinor,
      // A credit payment's refund goes back to the artist's credit at once: there is nothing to send.
      status: payment.method === "CREDIT" ? "SUCCEEDED" : "PENDING",
      createdById: request.actorId,
      createdAt: request.now,
    },
  });
  if (creditNote) await queueInvoiceEmail(tx, { invoiceId: creditNote.id, now: request.now }, emailSettings);
  await recordMoneyEvent(tx, { type: "REFUND_RECORDED", leadId: invoice.inquiryId, actorId: request.actorId, now: request.now, invoiceId: creditNote?.id ?? invoice.id, documentNumber: creditNote?.number ?? invoice.number, amountMinor: request.amountMinor });
  return refund;
}
