// The artist's download of an invoice from their private page. The link's token is the
// credential, checked as the page checks it; an invoice of another inquiry, of an erased one, or
// a token that is not valid all get the same plain 404.
import { invoicePdfResponse } from "@/lib/billing/invoice-pdf-response";
import { verifyArtistLink } from "@/lib/artist-portal/verify-artist-link";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { studio } from "@/lib/site/studio";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string; invoiceId: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { token, invoiceId } = await params;
  const db = getDb();
  const inquiryId = await verifyArtistLink(db, token, { authSecret: env.AUTH_SECRET, now: new Date() });
  return invoicePdfResponse(db, { invoiceId, leadId: inquiryId, unlessErased: true }, { studioName: studio.name });
}
