import { artistPortalUrl, portalSigningKey } from "../artist-portal/artist-portal-url";
import type { Transaction } from "../database/transaction";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { lockLeadUnlessErased } from "../leads/lock-lead";
import { formatMoney } from "../money/format-money";
import { queueEmail } from "../outbox/queue-email";
import { formatStudioDate } from "../time/format-studio-time";
import { isUuid } from "../validation/is-uuid";
import { creditReasonText, invoiceTitle } from "./invoice-labels";

/**
 * Queues the email that sends an issued invoice or credit note to the artist, in the caller's
 * transaction (the one that issued it, or a later "send again"); the sender attaches the PDF at
 * each attempt. Answers the message's id, or null for an erased lead, to whom nothing is sent.
 */
export async function queueInvoiceEmail(tx: Transaction, { invoiceId, now }: { invoiceId: string; now: Date }, settings: EmailSettings): Promise<string | null> {
  const invoice = isUuid(invoiceId) ? await tx.invoice.findUnique({ where: { id: invoiceId }, include: { creditsInvoice: { select: { number: true } } } }) : null;
  if (!invoice) throw new ExpectedError("invoice-not-found");
  const lead = await lockLeadUnlessErased(tx, invoice.inquiryId, "share");
  if (!lead) return null;
  const [{ name }, { timeZone }, { cardPayments }] = await Promise.all([
    tx.inquiry.findUniqueOrThrow({ where: { id: lead.id }, select: { name: true } }),
    tx.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } }),
    tx.billingSettings.findUniqueOrThrow({ where: { id: 1 }, select: { cardPayments: true } }),
  ]);
  const amount = formatMoney(invoice.amountDueMinor, invoice.currency);
  const dueDate = invoice.dueAt && invoice.kind !== "CREDIT_NOTE" ? formatStudioDate(invoice.dueAt, timeZone, "long") : null;
  const title = `${invoiceTitle[invoice.kind]} ${invoice.number}`;
  const subject = invoice.kind === "CREDIT_NOTE" ? `${title}: ${amount} credited` : `${title}: ${amount} due${dueDate ? ` by ${dueDate}` : ""}`;
  return queueEmail(
    tx,
    "invoice.issued",
    {
      to: invoice.buyerEmail || lead.email,
      replyTo: settings.studio.email,
      subject: `${subject} (${lead.reference})`,
      inquiryId: lead.id,
      data: {
        invoiceId: invoice.id,
        timeZone,
        firstName: name.split(" ")[0] || name,
        reference: lead.reference,
        kind: invoice.kind,
        number: invoice.number,
        amount,
        dueDate,
        paymentInstructions: invoice.paymentInstructions,
        credits: invoice.creditsInvoice && invoice.creditReason ? { number: invoice.creditsInvoice.number, reason: creditReasonText[invoice.creditReason] } : null,
        cardPayments: invoice.kind !== "CREDIT_NOTE" && cardPayments && settings.cardPayments === true,
        portalUrl: await artistPortalUrl(tx, { inquiryId: lead.id, appUrl: settings.appUrl, now, ...portalSigningKey(settings) }),
      },
    },
    { appUrl: settings.appUrl, now },
  );
}
