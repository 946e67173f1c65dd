import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { requireOwner } from "../studio/require-owner";
import { invoiceDetailsSchema } from "./billing-settings-schemas";
import { parseBillingInput } from "./parse-billing-input";

export type InvoiceDetailsInput = Record<keyof typeof invoiceDetailsSchema.shape, unknown>;

/**
 * Sets what invoices say about the studio (owners only): the seller's legal name and address,
 * the number prefixes, the bank-transfer instructions and the payment terms. Documents already
 * issued keep what they were issued with; a new prefix applies to the next number on.
 */
export async function saveInvoiceDetails(db: Database, actor: StaffMember, input: InvoiceDetailsInput) {
  requireOwner(actor);
  const data = parseBillingInput(invoiceDetailsSchema, input);
  await db.billingSettings.update({ where: { id: 1 }, data });
  return data;
}
