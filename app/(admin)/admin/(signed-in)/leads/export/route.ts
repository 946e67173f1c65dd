import type { NextRequest } from "next/server";
import { authorizeRouteRequest } from "@/lib/auth/authorize-route-request";
import { getDb } from "@/lib/db";
import { exportLeadsCsv } from "@/lib/leads/export-leads-csv";
import { parseLeadListQuery } from "@/lib/leads/lead-list-query";
import { loadStudioTimeZone } from "@/lib/studio/load-studio-time-zone";
import { formatStudioIsoTime } from "@/lib/time/format-studio-time";

export const dynamic = "force-dynamic";

/** The leads of the current filter as CSV, streamed as the client reads it. */
export async function GET(request: NextRequest) {
  const authorization = await authorizeRouteRequest("STAFF");
  if ("refusal" in authorization) return authorization.refusal;
  const { query } = parseLeadListQuery(request.nextUrl.searchParams);
  const db = getDb();
  const timeZone = await loadStudioTimeZone(db);
  const day = formatStudioIsoTime(new Date(), timeZone).slice(0, 10);
  return new Response(exportLeadsCsv(db, query, { currentUserId: authorization.member.id, timeZone }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="leads-${day}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
