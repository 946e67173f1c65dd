// Money records written for tests that read them back (the dashboard's figures, the accountant's
// exports, erasure): proposals straight to the database, invoices and payments through the
// billing core, so they are numbered and add up as real ones do.
import type { Database } from "@/lib/database/create-prisma-client";
import { issueInvoice, type InvoiceDraft } from "@/lib/billing/issue-invoice";
import { recordPayment } from "@/lib/billing/record-payment";
import type { Invoice, PaymentMethod } from "@/lib/generated/prisma/client";
import { inquiryContext } from "./inquiry-fixtures";

/** The terms a proposal points at: version 1, written once per database. */
async function ensureTerms(db: Database): Promise<number> {
  await db.termsVersion.upsert({ where: { version: 1 }, create: { version: 1, body: "The studio's terms." }, update: {} });
  return 1;
}

type Acceptance = { name: string; ip?: string | null; userAgent?: string | null; at: Date };

/** A proposal of `totalMinor` (no tax) for a booking, accepted when `accepted` is given. */
export async function insertProposal(
  db: Database,
  { leadId, groupId, totalMinor, version = 1, currency = "GBP", accepted = null }: { leadId: string; groupId: string; totalMinor: number; version?: number; currency?: string; accepted?: Acceptance | null },
) {
  const termsVersion = await ensureTerms(db);
  return db.proposal.create({
    data: {
      inquiryId: leadId, groupId, version, currency, termsVersion,
      lines: [{ description: "Recording", amountMinor: totalMinor }],
      subtotalMinor: totalMinor, taxMinor: 0, totalMinor, depositMinor: 0,
      taxRateBasisPoints: 0, taxInclusive: true, taxLabel: "VAT", policy: [],
      acceptedAt: accepted?.at ?? null, acceptedName: accepted?.name ?? null,
      acceptedIp: accepted?.ip ?? null, acceptedUserAgent: accepted?.userAgent ?? null,
    },
  });
}

/** An invoice (or, with `credits`, a credit note) of one line of `amountMinor`, issued at `now`. */
export async function issueTestInvoice(
  db: Database,
  draft: Pick<InvoiceDraft, "kind" | "leadId" | "groupId"> & Partial<Omit<InvoiceDraft, "lines">> & { amountMinor: number; description?: string },
): Promise<Invoice> {
  const { amountMinor, description = "Studio time", ...rest } = draft;
  return db.$transaction((tx) => issueInvoice(tx, { actorId: null, now: new Date(), ...rest, lines: [{ description, amountMinor }] }));
}

/** A payment recorded as staff (or Stripe) would record it. */
export async function pay(
  db: Database,
  invoice: Pick<Invoice, "id">,
  { amountMinor, method = "BANK_TRANSFER", reference = "Bank transfer", receivedAt = new Date(), stripePaymentIntentId }: { amountMinor: number; method?: PaymentMethod; reference?: string; receivedAt?: Date; stripePaymentIntentId?: string },
) {
  const { payment } = await db.$transaction((tx) =>
    recordPayment(tx, { invoiceId: invoice.id, amountMinor, method, reference, receivedAt, stripePaymentIntentId, actorId: null, now: receivedAt }, inquiryContext(db).emailSettings),
  );
  return payment;
}
