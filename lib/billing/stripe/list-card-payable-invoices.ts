import type { Database } from "../../database/create-prisma-client";
import { loadInvoiceBalances } from "../invoice-balance";
import { isCardPaymentAvailable } from "./is-card-payment-available";
import type { StripeAccount } from "./stripe-account-for";

export type CardPayableInvoice = { id: string; number: string; currency: string; outstandingMinor: number };

/**
 * The lead's invoices the artist can pay by card now: something outstanding, oldest first. None
 * when card payment is not available (Stripe not configured, or turned off in billing settings).
 */
export async function listCardPayableInvoices(db: Database, leadId: string, stripe: StripeAccount | null): Promise<CardPayableInvoice[]> {
  if (!(await isCardPaymentAvailable(db, stripe))) return [];
  const invoices = await db.invoice.findMany({
    where: { inquiryId: leadId, kind: { not: "CREDIT_NOTE" } },
    orderBy: [{ issuedAt: "asc" }, { sequence: "asc" }],
    select: { id: true, number: true, currency: true },
  });
  const balances = await loadInvoiceBalances(db, invoices.map((invoice) => invoice.id));
  return invoices
    .map((invoice) => ({ ...invoice, outstandingMinor: balances.get(invoice.id)?.outstandingMinor ?? 0 }))
    .filter((invoice) => invoice.outstandingMinor > 0);
}
