import type { NextRequest } from "next/server";
import { exportPaymentsCsv } from "@/lib/billing/export-payments-csv";
import { moneyReportResponse } from "@/lib/billing/money-report-response";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Every payment and its refunds (optionally `?from=&to=`, by date received) as CSV, for the accountant. Owners only. */
export async function GET(request: NextRequest) {
  return moneyReportResponse(request, "payments", getDb(), exportPaymentsCsv);
}
