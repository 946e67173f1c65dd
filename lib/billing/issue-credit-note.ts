import type { StaffMember } from "../auth/staff-member";
import { runBookingTransaction } from "../bookings/run-booking-transaction";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { Invoice } from "../generated/prisma/client";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { lockLead } from "../leads/lock-lead";
import { formatMoney } from "../money/format-money";
import { parseMoney } from "../money/parse-money";
import { loadInvoiceBalance } from "./invoice-balance";
import { issueInvoice } from "./issue-invoice";
import { lockInvoice } from "./lock-invoice";
import { queueInvoiceEmail } from "./queue-invoice-email";

/**
 * An owner takes part or all of an invoice off what is owed, for a mistake or a deposit no longer
 * asked for: a credit note (an issued invoice never changes) for at most what the invoice still
 * asks, emailed to the artist. Money already paid beyond the new amount is then the artist's to
 * get back, by a refund.
 */
export async function issueCreditNote(
  db: Database,
  actor: StaffMember,
  { leadId, invoiceId, amount, reason, now = new Date() }: { leadId: string; invoiceId: string; amount: string; reason: string; now?: Date },
  emailSettings: EmailSettings,
): Promise<Invoice> {
  if (actor.role !== "OWNER") throw new ExpectedError("not-owner");
  const amountMinor = parseMoney(amount);
  const why = reason.trim().replace(/\s+/g, " ");
  const fieldErrors: Record<string, string[]> = {};
  if (amountMinor === null || amountMinor === 0) fieldErrors.amount = ["Enter the amount to credit, e.g. 50 or 50.00."];
  if (why.length < 2 || why.length > 400) fieldErrors.reason = ["Say why, for the credit note (up to 400 characters)."];
  if (Object.keys(fieldErrors).length > 0) throw new ExpectedError("billing-invalid", { fieldErrors });
  return runBookingTransaction(db, async (tx) => {
    await lockLead(tx, leadId, "update");
    const invoice = await lockInvoice(tx, invoiceId, leadId);
    if (invoice.kind === "CREDIT_NOTE") throw new ExpectedError("billing-not-allowed", `${invoice.number} is a credit note itself.`);
    const { dueMinor } = await loadInvoiceBalance(tx, invoice.id);
    if (amountMinor! > dueMinor) {
      const message = dueMinor <= 0 ? `Nothing of ${invoice.number} is left to credit.` : `A credit note cannot take off more than ${invoice.number} still asks: ${formatMoney(dueMinor, invoice.currency)}.`;
      throw new ExpectedError("billing-invalid", message, { fieldErrors: { amount: [message] } });
    }
    const creditNote = await issueInvoice(tx, {
      kind: "CREDIT_NOTE",
      leadId,
      groupId: invoice.groupId,
      credits: { invoiceId: invoice.id, reason: "CANCELLATION" },
      lines: [{ description: why, amountMinor: amountMinor! }],
      taxRule: { taxRateBasisPoints: invoice.taxRateBasisPoints, taxInclusive: true, taxLabel: invoice.taxLabel },
      actorId: actor.id,
      now,
    });
    await queueInvoiceEmail(tx, { invoiceId: creditNote.id, now }, emailSettings);
    return creditNote;
  });
}
