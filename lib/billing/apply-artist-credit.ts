import type { StaffMember } from "../auth/staff-member";
import { runBookingTransaction } from "../bookings/run-booking-transaction";
import type { Database } from "../database/create-prisma-client";
import type { Transaction } from "../database/transaction";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { lockLead } from "../leads/lock-lead";
import { loadInvoiceBalance } from "./invoice-balance";
import { recordPayment, type PaymentOutcome } from "./record-payment";

/**
 * The credit a lead's artist holds: what cancellations kept for them, less what paid invoices
 * since (and plus what was refunded of those payments). Call with the lead locked.
 */
export async function artistCredit(tx: Transaction, leadId: string): Promise<number> {
  const [kept, used, givenBack] = await Promise.all([
    tx.invoice.aggregate({ where: { inquiryId: leadId, creditReason: "ACCOUNT_CREDIT" }, _sum: { amountDueMinor: true } }),
    tx.payment.aggregate({ where: { method: "CREDIT", invoice: { inquiryId: leadId } }, _sum: { amountMinor: true } }),
    tx.refund.aggregate({ where: { status: { not: "FAILED" }, payment: { method: "CREDIT", invoice: { inquiryId: leadId } } }, _sum: { amountMinor: true } }),
  ]);
  return (kept._sum.amountDueMinor ?? 0) - (used._sum.amountMinor ?? 0) + (givenBack._sum.amountMinor ?? 0);
}

/**
 * Pays an invoice from the artist's credit (kept from a cancelled booking of the same lead), as
 * much as the credit covers. Like any payment, settling a deposit this way confirms the hold.
 */
export async function applyArtistCredit(db: Database, actor: StaffMember, { leadId, invoiceId, now = new Date() }: { leadId: string; invoiceId: string; now?: Date }, emailSettings: EmailSettings): Promise<PaymentOutcome> {
  return runBookingTransaction(db, async (tx) => {
    await lockLead(tx, leadId, "update");
    const credit = await artistCredit(tx, leadId);
    if (credit <= 0) throw new ExpectedError("billing-not-allowed", "The artist has no credit left to use.");
    const { outstandingMinor } = await loadInvoiceBalance(tx, invoiceId).catch(() => {
      throw new ExpectedError("invoice-not-found");
    });
    if (outstandingMinor <= 0) throw new ExpectedError("billing-not-allowed", "Nothing is due on this invoice.");
    return recordPayment(tx, { invoiceId, leadId, amountMinor: Math.min(credit, outstandingMinor), method: "CREDIT", reference: "Artist's credit", receivedAt: now, actorId: actor.id, now }, emailSettings);
  });
}
