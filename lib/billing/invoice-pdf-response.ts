import type { Database } from "../database/create-prisma-client";
import { invoiceFileName } from "./invoice-labels";
import { loadInvoiceDocument } from "./load-invoice-document";
import { renderInvoicePdf } from "./render-invoice-pdf";

/**
 * The answer to a download of an invoice's PDF, for a caller authorized for `leadId` (staff, or
 * the artist's link; null: no lead): the file, drawn afresh from the immutable invoice, or a
 * plain 404.
 */
export async function invoicePdfResponse(
  db: Database,
  request: { invoiceId: string; leadId: string | null; unlessErased?: boolean },
  { studioName }: { studioName: string },
): Promise<Response> {
  const found = request.leadId === null ? null : await loadInvoiceDocument(db, { ...request, leadId: request.leadId });
  if (!found) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
  const pdf = await renderInvoicePdf(found.invoice, { studioName, timeZone: found.timeZone });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      // A prefix is the studio's own text: only what is safe in a quoted header value goes through.
      "Content-Disposition": `attachment; filename="${invoiceFileName(found.invoice.number)}"`,
      "Content-Length": String(pdf.length),
      // Personal and financial: never kept by a shared cache, nor by the browser's.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
