// Every invoice and credit note, for the studio's accountant, as CSV: in order of issue, with
// amounts as plain decimals in major units beside a currency column, dates in the studio's zone,
// and what has been paid and is still owed on each invoice as of the download. Credit notes carry
// their amounts as issued (positive) and name the invoice they credit; paid and outstanding are
// left empty on them, as they are counted on that invoice. Outstanding below zero is money the
// studio owes the artist.
//
// Batches are separate statements, not one long transaction, as in the lead export: the books
// only grow (an issued invoice never changes), so a download misses nothing issued before it began.
import { hasRole, type StaffMember } from "../auth/staff-member";
import { type CsvValue, csvStream } from "../csv/csv-stream";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { Prisma } from "../generated/prisma/client";
import type { CreditReason, InvoiceKind } from "../generated/prisma/enums";
import { decimalAmount } from "../money/decimal-amount";
import { todayIn } from "../time/zoned-time";
import { loadInvoiceBalances } from "./invoice-balance";
import { rangeInstants, type MoneyReportRange } from "./money-report-range";

export const INVOICES_CSV_HEADER = ["Number", "Kind", "Issued", "Due", "Lead reference", "Buyer", "Currency", "Subtotal", "Tax", "Total",
  "Less deposit", "Amount due", "Credits invoice", "Credit reason", "Paid", "Outstanding"];

export const INVOICE_KIND_LABEL: Record<InvoiceKind, string> = { DEPOSIT: "Deposit invoice", FINAL: "Final invoice", CREDIT_NOTE: "Credit note" };
export const CREDIT_REASON_LABEL: Record<CreditReason, string> = { REFUND: "Refund", ACCOUNT_CREDIT: "Account credit", CANCELLATION: "Cancellation" };

type InvoiceRow = {
  id: string; number: string; kind: InvoiceKind; issuedAt: Date; dueAt: Date | null; leadReference: string; buyerName: string; currency: string;
  subtotalMinor: number; taxMinor: number; totalMinor: number; lessDepositMinor: number; amountDueMinor: number;
  creditsNumber: string | null; creditReason: CreditReason | null;
};
type Cursor = { at: Date; id: string };

/** The invoices and credit notes issued within `range` (dates in the studio's zone). Owners only. */
export async function exportInvoicesCsv(db: Database, actor: StaffMember, range: MoneyReportRange, { batchSize = 500 } = {}): Promise<ReadableStream<Uint8Array>> {
  if (!hasRole(actor, "OWNER")) throw new ExpectedError("not-owner");
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a whole number from 1, not ${batchSize}`);
  const { timeZone } = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } });
  const { start, end } = rangeInstants(range, timeZone);
  const day = (instant: Date | null) => (instant ? todayIn(timeZone, instant) : null);

  return csvStream<Cursor>(INVOICES_CSV_HEADER, async (cursor, cancelled) => {
    const conditions = [
      start ? Prisma.sql`i."issuedAt" >= ${start}` : null,
      end ? Prisma.sql`i."issuedAt" < ${end}` : null,
      cursor ? Prisma.sql`(i."issuedAt", i."id") > (${cursor.at}, ${cursor.id}::uuid)` : null,
    ].filter((condition) => condition !== null);
    const invoices = await db.$queryRaw<InvoiceRow[]>`
      SELECT i."id", i."number", i."kind"::text AS "kind", i."issuedAt", i."dueAt", l."reference" AS "leadReference", i."buyerName",
        i."currency", i."subtotalMinor", i."taxMinor", i."totalMinor", i."lessDepositMinor", i."amountDueMinor",
        c."number" AS "creditsNumber", i."creditReason"::text AS "creditReason"
      FROM "Invoice" i
      JOIN "Inquiry" l ON l."id" = i."inquiryId"
      LEFT JOIN "Invoice" c ON c."id" = i."creditsInvoiceId"
      WHERE ${conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`true`}
      ORDER BY i."issuedAt", i."id"
      LIMIT ${batchSize}`;
    if (cancelled() || invoices.length === 0) return { rows: [], next: null };
    const balances = await loadInvoiceBalances(db, invoices.filter((invoice) => invoice.kind !== "CREDIT_NOTE").map((invoice) => invoice.id));
    const rows = invoices.map((invoice): CsvValue[] => {
      const balance = balances.get(invoice.id);
      return [
        invoice.number, INVOICE_KIND_LABEL[invoice.kind], day(invoice.issuedAt), day(invoice.dueAt), invoice.leadReference, invoice.buyerName,
        invoice.currency, decimalAmount(invoice.subtotalMinor), decimalAmount(invoice.taxMinor), decimalAmount(invoice.totalMinor),
        decimalAmount(invoice.lessDepositMinor), decimalAmount(invoice.amountDueMinor), invoice.creditsNumber,
        invoice.creditReason && CREDIT_REASON_LABEL[invoice.creditReason],
        balance ? decimalAmount(balance.paidMinor) : null, balance ? decimalAmount(balance.outstandingMinor) : null,
      ];
    });
    const last = invoices.at(-1)!;
    return { rows, next: invoices.length < batchSize ? null : { at: last.issuedAt, id: last.id } };
  });
}
