// The dashboard's money figures, each with the leads behind it. Five reads, whatever the size of
// the books: the studio's settings, this month's bookings (by Booking's startsAt index), the
// invoices that may be owed (Invoice's kind+dueAt index), their balances (loadInvoiceBalances,
// the one definition of what is owed) and the payments waiting for a decision (a partial index).
//
// Booked revenue, the rule: a booking (BookingGroup) counts in the month, in the studio's zone,
// of its first CONFIRMED session, so a booking that spans two months counts once, in the first;
// it counts the total of its latest accepted proposal, as agreed with the artist. A confirmed
// booking without an accepted proposal has no agreed price: it is counted apart, not as zero.
import { loadInvoiceBalances } from "../billing/invoice-balance";
import type { Database } from "../database/create-prisma-client";
import { Prisma } from "../generated/prisma/client";
import { formatCalendarDate, formatStudioDate } from "../time/format-studio-time";
import { todayIn, wallClockToInstant } from "../time/zoned-time";

export type MoneyTotal = { currency: string; amountMinor: number };
/** One line behind a figure: the lead it is about, what it is, and its amount. */
export type MoneyItem = { leadId: string; who: string; detail: string; currency: string; amountMinor: number };
export type MoneyFigure = { count: number; totals: MoneyTotal[]; items: MoneyItem[] };

export type MoneyFigures = {
  /** The month in the studio's zone, "November 2026". */
  monthLabel: string;
  booked: MoneyFigure & { unpricedCount: number };
  depositsOutstanding: MoneyFigure;
  overdue: MoneyFigure;
  needsDecision: MoneyFigure;
};

/** How many lines each figure lists; its count and totals cover them all. */
export const MONEY_ITEMS_SHOWN = 5;

const ATTENTION_LABEL: Record<string, string> = { OVERPAID: "more than was due", HOLD_LAPSED: "paid after its hold lapsed" };

type Lead = { leadId: string; reference: string; name: string; artistName: string | null; erasedAt: Date | null };
const who = (lead: Lead) =>
  lead.erasedAt ? `Erased lead ${lead.reference}` : `${lead.artistName && lead.artistName !== lead.name ? `${lead.artistName} (${lead.name})` : lead.name}, ${lead.reference}`;
const LEAD_COLUMNS = Prisma.sql`l."id" AS "leadId", l."reference", l."name", l."artistName", l."erasedAt"`;

export async function loadMoneyFigures(db: Database, { now = new Date() }: { now?: Date } = {}): Promise<MoneyFigures> {
  const [studio, candidates, decisions] = await Promise.all([
    db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true, currency: true } }),
    // Deposits of a booking that is still on, and invoices past their due date (a credit note is
    // never owed). A deposit may be both; the deposit of a booking that lapsed is no longer asked
    // for, so it is not overdue either.
    db.$queryRaw<(Lead & { id: string; number: string; currency: string; dueAt: Date | null; live: boolean; overdue: boolean })[]>`
      SELECT i."id", i."number", i."currency", i."dueAt", ${LEAD_COLUMNS}, ${liveDeposit(now)} AS "live", COALESCE(i."dueAt" < ${now}, false) AND (i."kind" = 'FINAL' OR ${liveDeposit(now)}) AS "overdue"
      FROM "Invoice" i JOIN "Inquiry" l ON l."id" = i."inquiryId"
      WHERE ${liveDeposit(now)} OR (i."kind" = 'FINAL' AND i."dueAt" < ${now})`,
    db.$queryRaw<(Lead & { number: string; currency: string; amountMinor: number; attention: string; receivedAt: Date })[]>`
      SELECT i."number", i."currency", p."amountMinor", p."attention", p."receivedAt", ${LEAD_COLUMNS}
      FROM "Payment" p JOIN "Invoice" i ON i."id" = p."invoiceId" JOIN "Inquiry" l ON l."id" = i."inquiryId"
      WHERE p."attention" IS NOT NULL AND p."attentionHandledAt" IS NULL
      ORDER BY p."receivedAt", p."id"`,
  ]);
  const { timeZone } = studio;
  const month = todayIn(timeZone, now).slice(0, 7);
  const start = wallClockToInstant(`${month}-01`, 0, timeZone);
  const end = wallClockToInstant(`${nextMonth(month)}-01`, 0, timeZone);

  const [bookings, balances] = await Promise.all([
    db.$queryRaw<(Lead & { firstAt: Date; currency: string | null; totalMinor: number | null })[]>`
      WITH firsts AS (
        SELECT b."groupId", min(b."startsAt") AS "firstAt"
        FROM "Booking" b
        WHERE b."status" = 'CONFIRMED' AND b."startsAt" >= ${start} AND b."startsAt" < ${end}
        GROUP BY b."groupId"
      )
      SELECT f."firstAt", p."currency", p."totalMinor", ${LEAD_COLUMNS}
      FROM firsts f
      JOIN "BookingGroup" g ON g."id" = f."groupId"
      JOIN "Inquiry" l ON l."id" = g."inquiryId"
      LEFT JOIN LATERAL (
        SELECT "currency", "totalMinor" FROM "Proposal"
        WHERE "groupId" = f."groupId" AND "acceptedAt" IS NOT NULL ORDER BY "version" DESC LIMIT 1
      ) p ON true
      WHERE NOT EXISTS (SELECT 1 FROM "Booking" e WHERE e."groupId" = f."groupId" AND e."status" = 'CONFIRMED' AND e."startsAt" < ${start})
      ORDER BY f."firstAt", f."groupId"`,
    loadInvoiceBalances(db, candidates.map((invoice) => invoice.id)),
  ]);

  const owed = candidates
    .map((invoice) => ({ ...invoice, outstandingMinor: balances.get(invoice.id)?.outstandingMinor ?? 0 }))
    .filter((invoice) => invoice.outstandingMinor > 0)
    .sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.number.localeCompare(b.number));
  const due = (invoice: (typeof owed)[number]) => (invoice.dueAt ? `, due ${formatStudioDate(invoice.dueAt, timeZone, "medium")}` : "");
  const invoiceItem = (invoice: (typeof owed)[number]): MoneyItem => ({
    leadId: invoice.leadId, who: who(invoice), detail: `${invoice.number}${due(invoice)}`, currency: invoice.currency, amountMinor: invoice.outstandingMinor,
  });
  const priced = bookings.filter((booking) => booking.totalMinor !== null);

  return {
    monthLabel: formatCalendarDate(`${month}-01`, "month"),
    booked: {
      ...figure(studio.currency, priced.map((booking) => ({
        leadId: booking.leadId, who: who(booking), detail: `from ${formatStudioDate(booking.firstAt, timeZone, "medium")}`,
        currency: booking.currency!, amountMinor: booking.totalMinor!,
      }))),
      unpricedCount: bookings.length - priced.length,
    },
    depositsOutstanding: figure(studio.currency, owed.filter((invoice) => invoice.live).map(invoiceItem)),
    overdue: figure(studio.currency, owed.filter((invoice) => invoice.overdue).map(invoiceItem)),
    needsDecision: figure(studio.currency, decisions.map((payment) => ({
      leadId: payment.leadId, who: who(payment), currency: payment.currency, amountMinor: payment.amountMinor,
      detail: `${payment.number}, ${ATTENTION_LABEL[payment.attention] ?? payment.attention}, received ${formatStudioDate(payment.receivedAt, timeZone, "medium")}`,
    }))),
  };
}

/** A deposit whose booking is still on: a confirmed session, or a hold that has not lapsed (as a payment would find it). */
const liveDeposit = (now: Date) => Prisma.sql`(i."kind" = 'DEPOSIT' AND EXISTS (SELECT 1 FROM "Booking" b WHERE b."groupId" = i."groupId"
  AND (b."status" = 'CONFIRMED' OR (b."status" = 'HOLD' AND (b."holdExpiresAt" IS NULL OR b."holdExpiresAt" > ${now})))))`;

/** Count, a total per currency (the studio's own first) and the first lines. */
function figure(studioCurrency: string, items: MoneyItem[]): MoneyFigure {
  const totals = new Map<string, number>([[studioCurrency, 0]]);
  for (const item of items) totals.set(item.currency, (totals.get(item.currency) ?? 0) + item.amountMinor);
  return {
    count: items.length,
    totals: [...totals].filter(([currency, amountMinor]) => currency === studioCurrency || amountMinor !== 0).map(([currency, amountMinor]) => ({ currency, amountMinor })),
    items: items.slice(0, MONEY_ITEMS_SHOWN),
  };
}

/** "2026-12" → "2027-01" */
function nextMonth(month: string): string {
  const [year, number] = month.split("-").map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, "0")}`;
}
