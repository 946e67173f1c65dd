import { authorizeRouteRequest } from "@/lib/auth/authorize-route-request";
import { invoicePdfResponse } from "@/lib/billing/invoice-pdf-response";
import { getDb } from "@/lib/db";
import { studio } from "@/lib/site/studio";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; invoiceId: string }> };

/** An invoice or credit note of this lead as a PDF, for staff (an erased lead's too: invoices are the studio's records). */
export async function GET(_request: Request, { params }: Context) {
  const authorization = await authorizeRouteRequest("STAFF");
  if ("refusal" in authorization) return authorization.refusal;
  const { id, invoiceId } = await params;
  return invoicePdfResponse(getDb(), { invoiceId, leadId: id }, { studioName: studio.name });
}
