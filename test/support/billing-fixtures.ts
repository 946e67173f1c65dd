import type { Database } from "@/lib/database/create-prisma-client";
import type { Transaction } from "@/lib/database/transaction";
import { issueInvoice, type InvoiceDraft } from "@/lib/billing/issue-invoice";
import type { Invoice, Prisma } from "@/lib/generated/prisma/client";
import { createLead } from "./lead-fixtures";

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
