import type { Database } from "../database/create-prisma-client";
import { formatMoney } from "../money/format-money";
import { formatStudioDate } from "../time/format-studio-time";
import { invoiceTitle } from "./invoice-labels";

/** One issued document as the lists of a lead's invoices show it, dates in the studio's zone. */
export type LeadInvoiceRow = {
  id: string;
  /** "Deposit invoice INV-0007", "Credit note CN-0002 (credits INV-0007)" */
  label: string;
  issuedOn: string;
  /** What it asks for (an invoice) or credits (a credit note), formatted. */
  amount: string;
  dueOn: string | null;
  creditNote: boolean;
};

/** A lead's invoices and credit notes, in the order they were issued. */
export async function listLeadInvoices(db: Database, leadId: string, timeZone: string): Promise<LeadInvoiceRow[]> {
  const invoices = await db.invoice.findMany({
    where: { inquiryId: leadId },
    orderBy: [{ issuedAt: "asc" }, { series: "desc" }, { sequence: "asc" }],
    select: { id: true, kind: true, number: true, issuedAt: true, dueAt: true, amountDueMinor: true, currency: true, creditsInvoice: { select: { number: true } } },
  });
  return invoices.map((invoice) => ({
    id: invoice.id,
    label: `${invoiceTitle[invoice.kind]} ${invoice.number}${invoice.creditsInvoice ? ` (credits ${invoice.creditsInvoice.number})` : ""}`,
    issuedOn: formatStudioDate(invoice.issuedAt, timeZone, "medium"),
    amount: formatMoney(invoice.amountDueMinor, invoice.currency),
    dueOn: invoice.dueAt && invoice.kind !== "CREDIT_NOTE" ? formatStudioDate(invoice.dueAt, timeZone, "medium") : null,
    creditNote: invoice.kind === "CREDIT_NOTE",
  }));
}
