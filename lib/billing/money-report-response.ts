import { authorizeRouteRequest } from "../auth/authorize-route-request";
import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { moneyReportFilename, parseMoneyReportRange, type MoneyReportRange } from "./money-report-range";

type Export = (db: Database, actor: StaffMember, range: MoneyReportRange) => Promise<ReadableStream<Uint8Array>>;

/**
 * The answer of a money report's route (owners only): `?from=&to=` checked, then the CSV streamed
 * as a download named after the report and its range.
 */
export async function moneyReportResponse(request: { nextUrl: URL }, what: "invoices" | "payments", db: Database, exportCsv: Export): Promise<Response> {
  const authorization = await authorizeRouteRequest("OWNER");
  if ("refusal" in authorization) return authorization.refusal;
  const parsed = parseMoneyReportRange(request.nextUrl.searchParams);
  if ("fields" in parsed) return Response.json({ error: "invalid", fields: parsed.fields }, { status: 400, headers: { "Cache-Control": "no-store" } });
  return new Response(await exportCsv(db, authorization.member, parsed.range), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${moneyReportFilename(what, parsed.range)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
