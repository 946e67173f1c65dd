import type { Database } from "../database/create-prisma-client";
import type { Transaction } from "../database/transaction";
import { isUuid } from "../validation/is-uuid";
import type { InvoiceDocument } from "./render-invoice-pdf";

export type LoadedInvoiceDocument = { invoice: InvoiceDocument; timeZone: string };

/**
 * An issued invoice of `leadId`, with what drawing it needs (the number it credits, the studio's
 * zone), or null when there is no such invoice: a malformed id, another lead's invoice, or, with
 * `unlessErased` (the artist's link), any invoice of an erased lead. All read the same to a caller.
 */
export async function loadInvoiceDocument(
  db: Database | Transaction,
  { invoiceId, leadId, unlessErased = false }: { invoiceId: string; leadId: string; unlessErased?: boolean },
): Promise<LoadedInvoiceDocument | null> {
  if (!isUuid(invoiceId) || !isUuid(leadId)) return null;
  const [invoice, settings] = await Promise.all([
    db.invoice.findFirst({
      where: { id: invoiceId, inquiryId: leadId, ...(unlessErased ? { inquiry: { erasedAt: null } } : {}) },
      include: { creditsInvoice: { select: { number: true } } },
    }),
    db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } }),
  ]);
  return invoice ? { invoice, timeZone: settings.timeZone } : null;
}
