import type { Database } from "@/lib/database/create-prisma-client";
import type { Transaction } from "@/lib/database/transaction";
import { issueInvoice, type InvoiceDraft } from "@/lib/billing/issue-invoice";
import type { Invoice, Prisma } from "@/lib/generated/prisma/client";
import { createRoom, insertSession } from "./booking-fixtures";
import { createLead } from "./lead-fixtures";

const HOUR_MS = 3_600_000;

/** A studio that charges VAT at 20 % inside its prices and says how to pay by bank transfer. */
export async function setUpBilling(db: Database, overrides: Prisma.BillingSettingsUpdateInput = {}) {
  await db.billingSettings.update({
    where: { id: 1 },
    data: {
      legalName: "Harbour Sound Ltd",
      address: "12 Canal Street\nLondon E1 6AN",
      taxNumber: "GB123456789",
      taxRateBasisPoints: 2000,
      taxInclusive: true,
      taxLabel: "VAT",
      bankInstructions: "Harbour Sound Ltd\nSort code 12-34-56\nAccount 12345678",
      ...overrides,
    },
  });
}

/** A lead with a booking to invoice (the booking's days do not matter to an invoice). */
export async function createBilledLead(db: Database, overrides: Record<string, unknown> = {}) {
  const lead = await createLead(db, overrides);
  const group = await db.bookingGroup.create({ data: { inquiryId: lead.id }, select: { id: true } });
  return { lead, groupId: group.id };
}

/** A draft for one lead's booking: a day in the live room and an engineer, unless overridden. */
export function invoiceDraft(leadId: string, groupId: string, overrides: Partial<InvoiceDraft> = {}): InvoiceDraft {
  return {
    kind: "FINAL",
    leadId,
    groupId,
    lines: [
      { description: "Live room, full day", amountMinor: 30_000 },
      { description: "Engineer, 8 hours", amountMinor: 20_000 },
    ],
    dueAt: new Date("2026-12-15T12:00:00Z"),
    actorId: null,
    now: new Date("2026-12-01T12:00:00Z"),
    ...overrides,
  };
}

/** Issues in a transaction of its own, which may wait its turn for the series' counter. */
export function issueAlone(db: Database, draft: InvoiceDraft, then?: (tx: Transaction, invoice: Invoice) => Promise<unknown>) {
  return db.$transaction(
    async (tx) => {
      const invoice = await issueInvoice(tx, draft);
      await then?.(tx, invoice);
      return invoice;
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
}

/** Terms to accept: a new version each call. */
export async function publishTestTerms(db: Database, body = "Recordings belong to the artist once paid in full. Files are kept for 90 days.") {
  const latest = await db.termsVersion.findFirst({ orderBy: { version: "desc" } });
  return db.termsVersion.create({ data: { version: (latest?.version ?? 0) + 1, body } });
}

/**
 * A lead with one booking on hold: `days` sessions of four hours (10:00–14:00 UTC) from
 * `startsIn` hours after `now`, a day apart, held until `holdHours` after `now`.
 */
export async function heldBooking(db: Database, { now, startsIn = 24 * 10, holdHours = 48, days = 1 }: { now: Date; startsIn?: number; holdHours?: number; days?: number }) {
  const [room, lead] = await Promise.all([createRoom(db), createLead(db, { name: "Zoë Adeyemi" })]);
  const first = new Date(Math.floor((now.getTime() + startsIn * HOUR_MS) / 86_400_000) * 86_400_000 + 10 * HOUR_MS);
  const session = await insertSession(db, { inquiryId: lead.id, roomId: room.id, startsAt: first, endsAt: new Date(first.getTime() + 4 * HOUR_MS), status: "HOLD", holdExpiresAt: new Date(now.getTime() + holdHours * HOUR_MS) });
  for (let day = 1; day < days; day++) {
    const startsAt = new Date(first.getTime() + day * 24 * HOUR_MS);
    await db.booking.create({ data: { inquiryId: lead.id, groupId: session.groupId, roomId: room.id, startsAt, endsAt: new Date(startsAt.getTime() + 4 * HOUR_MS), status: "HOLD", holdExpiresAt: session.holdExpiresAt } });
  }
  return { room, lead, groupId: session.groupId, firstStartsAt: first };
}
