// How an invoice's kind, tax and credit read on the document and in its email.
import type { CreditReason, InvoiceKind } from "../generated/prisma/client";

export const invoiceTitle: Record<InvoiceKind, string> = {
  DEPOSIT: "Deposit invoice",
  FINAL: "Invoice",
  CREDIT_NOTE: "Credit note",
};

/** Why a credit note was issued, as the artist reads it. */
export const creditReasonText: Record<CreditReason, string> = {
  REFUND: "Refund: the amount credited is paid back to you.",
  ACCOUNT_CREDIT: "Account credit: the amount credited is kept for you, towards a later booking.",
  CANCELLATION: "Cancellation: the amount credited is no longer owed.",
};

/** A rate in basis points as a percentage: 2000 → "20%", 1250 → "12.5%". */
export function taxRateText(basisPoints: number): string {
  return `${(basisPoints / 100).toLocaleString("en-GB", { maximumFractionDigits: 2 })}%`;
}

/** The sentence that says whether the prices include the tax, or null when none is charged. */
export function taxWording({ taxRateBasisPoints, taxInclusive, taxLabel }: { taxRateBasisPoints: number; taxInclusive: boolean; taxLabel: string }): string | null {
  if (taxRateBasisPoints === 0) return null;
  const rate = taxRateText(taxRateBasisPoints);
  return taxInclusive ? `Prices include ${taxLabel} at ${rate}.` : `${taxLabel} at ${rate} is added to the prices above.`;
}

/** "INV-0042.pdf": the number, with anything but letters, digits, dots, dashes and underscores replaced. */
export function invoiceFileName(number: string): string {
  return `${number.replace(/[^A-Za-z0-9._-]/g, "_")}.pdf`;
}
