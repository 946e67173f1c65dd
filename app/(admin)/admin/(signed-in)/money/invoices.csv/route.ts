import type { NextRequest } from "next/server";
import { exportInvoicesCsv } from "@/lib/billing/export-invoices-csv";
import { moneyReportResponse } from "@/lib/billing/money-report-response";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Every invoice and credit note (optionally `?from=&to=`, by date of issue) as CSV, for the accountant. Owners only. */
export async function GET(request: NextRequest) {
  return moneyReportResponse(request, "invoices", getDb(), exportInvoicesCsv);
}
