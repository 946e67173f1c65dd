import type { Transaction } from "../database/transaction";
import type { Database } from "../database/create-prisma-client";

export type InvoiceBalance = {
  /** What the invoice asks for, less its credit notes (except account credit, see below). */
  dueMinor: number;
  /** Payments received, less what was refunded from them (a refund counts once recorded, unless it failed). */
  paidMinor: number;
  /** dueMinor − paidMinor: above zero the artist owes it, below zero the studio does. */
  outstandingMinor: number;
};

/**
 * The balances of invoices, by id, in one read. A credit note for account credit does not lower
 * what its invoice was owed: the money stays paid, and the artist holds it as credit.
 */
export async function loadInvoiceBalances(db: Transaction | Database, invoiceIds: string[]): Promise<Map<string, InvoiceBalance>> {
  if (invoiceIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; due: number; paid: number }[]>`
    SELECT i."id",
      (i."amountDueMinor" - COALESCE((SELECT SUM(c."amountDueMinor") FROM "Invoice" c
         WHERE c."creditsInvoiceId" = i."id" AND c."creditReason" <> 'ACCOUNT_CREDIT'), 0))::int AS "due",
      (COALESCE((SELECT SUM(p."amountMinor") FROM "Payment" p WHERE p."invoiceId" = i."id"), 0)
       - COALESCE((SELECT SUM(r."amountMinor") FROM "Refund" r JOIN "Payment" p ON p."id" = r."paymentId"
         WHERE p."invoiceId" = i."id" AND r."status" <> 'FAILED'), 0))::int AS "paid"
    FROM "Invoice" i WHERE i."id" = ANY(${invoiceIds}::uuid[])`;
  return new Map(rows.map((row) => [row.id, { dueMinor: row.due, paidMinor: row.paid, outstandingMinor: row.due - row.paid }]));
}

export async function loadInvoiceBalance(db: Transaction | Database, invoiceId: string): Promise<InvoiceBalance> {
  const balance = (await loadInvoiceBalances(db, [invoiceId])).get(invoiceId);
  if (!balance) throw new Error(`Invoice ${invoiceId} has no balance: it does not exist`);
  return balance;
}
