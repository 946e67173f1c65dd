import type { NextRequest } from "next/server";
import { authorizeRouteRequest } from "@/lib/auth/authorize-route-request";
import { exportInvoicesCsv } from "@/lib/billing/export-invoices-csv";
import { moneyReportFilename, parseMoneyReportRange } from "@/lib/billing/money-report-range";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Every invoice and credit note (optionally `?from=&to=`, by date of issue) as CSV, for the accountant. Owners only. */
export async function GET(request: NextRequest) {
  const authorization = await authorizeRouteRequest("OWNER");
  if ("refusal" in authorization) return authorization.refusal;
  const parsed = parseMoneyReportRange(request.nextUrl.searchParams);
  if ("fields" in parsed) return Response.json({ error: "invalid", fields: parsed.fields }, { status: 400, headers: { "Cache-Control": "no-store" } });
  return new Response(await exportInvoicesCsv(getDb(), authorization.member, parsed.range), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${moneyReportFilename("invoices", parsed.range)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
