import type { Transaction } from "../database/transaction";
import { ExpectedError } from "../errors/expected-error";
import type { Invoice } from "../generated/prisma/client";
import { isUuid } from "../validation/is-uuid";

/**
 * Reads an invoice and locks its row until the transaction ends (a row lock, which the
 * immutability trigger does not see), so that payments and refunds against it take turns. With
 * `leadId`, an invoice of another lead is "not found". `lock: false` only reads it (to find its
 * lead, which is locked first).
 */
export async function lockInvoice(tx: Transaction, invoiceId: string, leadId?: string, { lock = true } = {}): Promise<Invoice> {
  if (!isUuid(invoiceId) || (leadId !== undefined && !isUuid(leadId))) throw new ExpectedError("invoice-not-found");
  if (lock) await tx.$queryRaw`SELECT "id" FROM "Invoice" WHERE "id" = ${invoiceId}::uuid FOR UPDATE`;
  const invoice = await tx.invoice.findUnique({ where: { id: invoiceId } });
  if (!invoice || (leadId !== undefined && invoice.inquiryId !== leadId)) throw new ExpectedError("invoice-not-found");
  return invoice;
}
