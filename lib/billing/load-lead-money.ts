import type { Database } from "../database/create-prisma-client";
import type { Invoice, Payment, Proposal, Refund } from "../generated/prisma/client";
import { isUuid } from "../validation/is-uuid";
import { loadInvoiceBalances, type InvoiceBalance } from "./invoice-balance";
import { moneyLinesSchema, type MoneyLine } from "./invoice-totals";

export type LeadInvoice = Invoice & { balance: InvoiceBalance; lineItems: MoneyLine[] };
export type LeadPayment = Payment & { invoiceNumber: string; refunds: (Refund & { creditNoteNumber: string | null })[] };

export type BookingMoney = {
  groupId: string;
  /** The latest version sent, and how many came before it. */
  proposal: (Proposal & { lineItems: MoneyLine[] }) | null;
  earlierVersions: number;
  invoices: LeadInvoice[];
  payments: LeadPayment[];
  extras: { id: string; description: string; amountMinor: number; invoiceId: string | null }[];
};

export type LeadMoney = {
  bookings: Map<string, BookingMoney>;
  /** What the lead's bookings still owe (above zero) or are owed back (below), across invoices. */
  outstandingMinor: number;
  /** Credit kept for the artist from cancelled bookings, less what was used. */
  creditMinor: number;
};

/** Everything money about a lead, by booking, for the lead page and the artist's page. */
export async function loadLeadMoney(db: Database, leadId: string): Promise<LeadMoney> {
  if (!isUuid(leadId)) return { bookings: new Map(), outstandingMinor: 0, creditMinor: 0 };
  const [proposals, invoices, payments, extras] = await Promise.all([
    db.proposal.findMany({ where: { inquiryId: leadId }, orderBy: { version: "asc" } }),
    db.invoice.findMany({ where: { inquiryId: leadId }, orderBy: [{ issuedAt: "asc" }, { number: "asc" }] }),
    db.payment.findMany({ where: { invoice: { inquiryId: leadId } }, orderBy: { receivedAt: "asc" }, include: { invoice: { select: { number: true } }, refunds: { orderBy: { createdAt: "asc" }, include: { creditNote: { select: { number: true } } } } } }),
    db.bookingExtra.findMany({ where: { inquiryId: leadId }, orderBy: { createdAt: "asc" }, select: { id: true, groupId: true, description: true, amountMinor: true, invoiceId: true } }),
  ]);
  const balances = await loadInvoiceBalances(db, invoices.map((invoice) => invoice.id));
  const bookings = new Map<string, BookingMoney>();
  const of = (groupId: string) => {
    const existing = bookings.get(groupId);
    if (existing) return existing;
    const created: BookingMoney = { groupId, proposal: null, earlierVersions: 0, invoices: [], payments: [], extras: [] };
    bookings.set(groupId, created);
    return created;
  };
  for (const proposal of proposals) {
    const money = of(proposal.groupId);
    if (money.proposal) money.earlierVersions += 1;
    money.proposal = { ...proposal, lineItems: moneyLinesSchema.parse(proposal.lines) };
  }
  const groupOfInvoice = new Map(invoices.map((invoice) => [invoice.id, invoice.groupId]));
  for (const invoice of invoices) of(invoice.groupId).invoices.push({ ...invoice, balance: balances.get(invoice.id)!, lineItems: moneyLinesSchema.parse(invoice.lines) });
  for (const { invoice, refunds, ...payment } of payments) {
    of(groupOfInvoice.get(payment.invoiceId)!).payments.push({ ...payment, invoiceNumber: invoice.number, refunds: refunds.map(({ creditNote, ...refund }) => ({ ...refund, creditNoteNumber: creditNote?.number ?? null })) });
  }
  for (const { groupId, ...extra } of extras) of(groupId).extras.push(extra);
  const charged = invoices.filter((invoice) => invoice.kind !== "CREDIT_NOTE");
  const outstandingMinor = charged.reduce((sum, invoice) => sum + balances.get(invoice.id)!.outstandingMinor, 0);
  const creditKept = invoices.filter((invoice) => invoice.creditReason === "ACCOUNT_CREDIT").reduce((sum, invoice) => sum + invoice.amountDueMinor, 0);
  // Credit spent, less what was given back of it (a refund of a credit payment restores the credit).
  const creditUsed = payments
    .filter((payment) => payment.method === "CREDIT")
    .reduce((sum, payment) => sum + payment.amountMinor - payment.refunds.filter((refund) => refund.status !== "FAILED").reduce((given, refund) => given + refund.amountMinor, 0), 0);
  return { bookings, outstandingMinor, creditMinor: creditKept - creditUsed };
}
