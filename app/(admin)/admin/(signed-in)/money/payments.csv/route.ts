import type { NextRequest } from "next/server";
import { authorizeRouteRequest } from "@/lib/auth/authorize-route-request";
import { exportPaymentsCsv } from "@/lib/billing/export-payments-csv";
import { moneyReportFilename, parseMoneyReportRange } from "@/lib/billing/money-report-range";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Every payment and its refunds (optionally `?from=&to=`, by date received) as CSV, for the accountant. Owners only. */
export async function GET(request: NextRequest) {
  const authorization = await authorizeRouteRequest("OWNER");
  if ("refusal" in authorization) return authorization.refusal;
  const parsed = parseMoneyReportRange(request.nextUrl.searchParams);
  if ("fields" in parsed) return Response.json({ error: "invalid", fields: parsed.fields }, { status: 400, headers: { "Cache-Control": "no-store" } });
  return new Response(await exportPaymentsCsv(getDb(), authorization.member, parsed.range), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${moneyReportFilename("payments", parsed.range)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
