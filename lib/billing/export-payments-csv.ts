// Every payment received, for the studio's accountant, as CSV: in order of receipt, with what has
// been refunded from each (failed refunds are not counted, as in the balances) and how its
// refunds stand. Amounts as plain decimals in major units beside a currency column, dates in the
// studio's zone. Streamed batch by batch like the invoices (export-invoices-csv.ts).
import { hasRole, type StaffMember } from "../auth/staff-member";
import { type CsvValue, csvStream } from "../csv/csv-stream";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { Prisma } from "../generated/prisma/client";
import type { PaymentMethod, RefundStatus } from "../generated/prisma/enums";
import { decimalAmount } from "../money/decimal-amount";
import { todayIn } from "../time/zoned-time";
import { rangeInstants, type MoneyReportRange } from "./money-report-range";

export const PAYMENTS_CSV_HEADER = ["Received", "Invoice", "Lead reference", "Method", "Reference", "Currency", "Amount", "Refunded", "Refund status"];

export const PAYMENT_METHOD_LABEL: Record<PaymentMethod, string> = { BANK_TRANSFER: "Bank transfer", STRIPE: "Card (Stripe)", CREDIT: "Account credit" };
const REFUND_STATUS_LABEL: Record<RefundStatus, string> = { PENDING: "Pending", SUCCEEDED: "Succeeded", FAILED: "Failed" };

type PaymentRow = {
  id: string; receivedAt: Date; invoiceNumber: string; leadReference: string; method: PaymentMethod; reference: string; currency: string;
  amountMinor: number; refundedMinor: number; refundStatuses: RefundStatus[];
};
type Cursor = { at: Date; id: string };

/** The payments received within `range` (dates in the studio's zone), with their refunds. Owners only. */
export async function exportPaymentsCsv(db: Database, actor: StaffMember, range: MoneyReportRange, { batchSize = 500 } = {}): Promise<ReadableStream<Uint8Array>> {
  if (!hasRole(actor, "OWNER")) throw new ExpectedError("not-owner");
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a whole number from 1, not ${batchSize}`);
  const { timeZone } = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } });
  const { start, end } = rangeInstants(range, timeZone);

  return csvStream<Cursor>(PAYMENTS_CSV_HEADER, async (cursor) => {
    const conditions = [
      start ? Prisma.sql`p."receivedAt" >= ${start}` : null,
      end ? Prisma.sql`p."receivedAt" < ${end}` : null,
      cursor ? Prisma.sql`(p."receivedAt", p."id") > (${cursor.at}, ${cursor.id}::uuid)` : null,
    ].filter((condition) => condition !== null);
    const payments = await db.$queryRaw<PaymentRow[]>`
      SELECT p."id", p."receivedAt", i."number" AS "invoiceNumber", l."reference" AS "leadReference", p."method"::text AS "method",
        p."reference", i."currency", p."amountMinor",
        COALESCE((SELECT SUM(r."amountMinor") FROM "Refund" r WHERE r."paymentId" = p."id" AND r."status" <> 'FAILED'), 0)::int AS "refundedMinor",
        ARRAY(SELECT r."status"::text FROM "Refund" r WHERE r."paymentId" = p."id" ORDER BY r."createdAt", r."id") AS "refundStatuses"
      FROM "Payment" p
      JOIN "Invoice" i ON i."id" = p."invoiceId"
      JOIN "Inquiry" l ON l."id" = i."inquiryId"
      WHERE ${conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`true`}
      ORDER BY p."receivedAt", p."id"
      LIMIT ${batchSize}`;
    const rows = payments.map((payment): CsvValue[] => [
      todayIn(timeZone, payment.receivedAt), payment.invoiceNumber, payment.leadReference, PAYMENT_METHOD_LABEL[payment.method], payment.reference,
      payment.currency, decimalAmount(payment.amountMinor), decimalAmount(payment.refundedMinor),
      payment.refundStatuses.map((status) => REFUND_STATUS_LABEL[status]).join(", "),
    ]);
    const last = payments.at(-1);
    return { rows, next: !last || payments.length < batchSize ? null : { at: last.receivedAt, id: last.id } };
  });
}
