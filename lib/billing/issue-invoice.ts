import type { Transaction } from "../database/transaction";
import { ExpectedError } from "../errors/expected-error";
import type { CreditReason, Invoice, InvoiceKind } from "../generated/prisma/client";
import { totalsFor, type MoneyLine, type TaxRule } from "./invoice-totals";
import { recordMoneyEvent } from "./record-money-event";

export type InvoiceDraft = {
  kind: InvoiceKind;
  leadId: string;
  groupId: string;
  proposalId?: string | null;
  /** For a credit note: the invoice it credits, and why. */
  credits?: { invoiceId: string; reason: CreditReason };
  lines: MoneyLine[];
  /** On a final invoice: the deposit invoiced before (gross and its tax), taken off the total. */
  lessDeposit?: { grossMinor: number; taxMinor: number };
  /** The tax rule when it is not today's settings (a credit note keeps its invoice's). */
  taxRule?: TaxRule & { taxLabel: string };
  dueAt?: Date | null;
  note?: string;
  actorId: string | null;
  now: Date;
};

const SERIES = { INVOICE: "INVOICE", CREDIT_NOTE: "CREDIT_NOTE" } as const;

/**
 * Issues an invoice or credit note in the caller's transaction, with the next number of its
 * series. The number is taken by incrementing the series' counter row, which stays locked until
 * the transaction ends: concurrent issues queue there, and a rollback takes its number back with
 * it, so the series has no gap and no duplicate (a database sequence would leave gaps). The
 * seller, the buyer and the tax rule are copied onto the document as they are now.
 */
export async function issueInvoice(tx: Transaction, draft: InvoiceDraft): Promise<Invoice> {
  if (draft.lines.length === 0) throw new ExpectedError("billing-invalid", "An invoice needs at least one line.");
  const [settings, studio, lead] = await Promise.all([
    tx.billingSettings.findUniqueOrThrow({ where: { id: 1 } }),
    tx.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { currency: true } }),
    tx.inquiry.findUniqueOrThrow({ where: { id: draft.leadId }, select: { name: true, artistName: true, email: true } }),
  ]);
  const rule = draft.taxRule ?? { taxRateBasisPoints: settings.taxRateBasisPoints, taxInclusive: settings.taxInclusive, taxLabel: settings.taxLabel };
  const totals = totalsFor(draft.lines, rule);
  const lessDepositMinor = draft.lessDeposit?.grossMinor ?? 0;
  if (lessDepositMinor > totals.totalMinor) {
    throw new ExpectedError("billing-invalid", "The deposit already invoiced is more than this invoice's total; issue a credit note for the difference instead.");
  }
  const series = draft.kind === "CREDIT_NOTE" ? SERIES.CREDIT_NOTE : SERIES.INVOICE;
  const [{ lastNumber }] = await tx.$queryRaw<{ lastNumber: number }[]>`
    UPDATE "InvoiceCounter" SET "lastNumber" = "lastNumber" + 1 WHERE "series" = ${series} RETURNING "lastNumber"`;
  const prefix = series === SERIES.CREDIT_NOTE ? settings.creditNotePrefix : settings.invoicePrefix;
  const invoice = await tx.invoice.create({
    data: {
      kind: draft.kind,
      series,
      sequence: lastNumber,
      number: `${prefix}${String(lastNumber).padStart(4, "0")}`,
      inquiryId: draft.leadId,
      groupId: draft.groupId,
      proposalId: draft.proposalId ?? null,
      creditsInvoiceId: draft.credits?.invoiceId ?? null,
      creditReason: draft.credits?.reason ?? null,
      currency: studio.currency,
      issuedAt: draft.now,
      dueAt: draft.dueAt ?? null,
      lines: draft.lines,
      ...totals,
      lessDepositMinor,
      lessDepositTax: draft.lessDeposit?.taxMinor ?? 0,
      amountDueMinor: totals.totalMinor - lessDepositMinor,
      taxRateBasisPoints: rule.taxRateBasisPoints,
      taxInclusive: rule.taxInclusive,
      taxLabel: rule.taxLabel,
      sellerName: settings.legalName,
      sellerAddress: settings.address,
      sellerTaxNumber: settings.taxNumber,
      paymentInstructions: settings.bankInstructions,
      buyerName: lead.artistName && lead.artistName !== lead.name ? `${lead.name} (${lead.artistName})` : lead.name,
      buyerEmail: lead.email,
      note: draft.note ?? "",
      createdById: draft.actorId,
    },
  });
  await recordMoneyEvent(tx, { type: "INVOICE_ISSUED", leadId: draft.leadId, actorId: draft.actorId, now: draft.now, invoiceId: invoice.id, documentNumber: invoice.number, amountMinor: invoice.amountDueMinor });
  return invoice;
}
