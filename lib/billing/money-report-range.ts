// The optional date range of the accountant's CSVs, `?from=YYYY-MM-DD&to=YYYY-MM-DD`: calendar
// dates in the studio's zone, both ends included, either end open when left out. Unlike the lead
// list's forgiving filters, a bad range is refused (400): a file for the books that silently
// covered another period would be worse than none.
import { z } from "zod";
import { addDays, isLocalDate, wallClockToInstant, type LocalDate } from "../time/zoned-time";

export type MoneyReportRange = { from: LocalDate | null; to: LocalDate | null };

const day = (name: string) =>
  z
    .string()
    .trim()
    .refine(isLocalDate, `Use a date like 2026-04-01 for ${name}`)
    // Four-digit years from 1000, which JavaScript and PostgreSQL read alike.
    .refine((date) => !date.startsWith("0"), `Use a year from 1000 for ${name}`)
    .optional();
const rangeQuery = z
  .object({ from: day("from"), to: day("to") })
  // Only once both are dates: zod runs this even when a date's own check has failed.
  .refine(({ from, to }) => !from || !to || !isLocalDate(from) || !isLocalDate(to) || from <= to, { path: ["to"], message: "The end date (to) is before the start date (from)" });

/** The range a query string asks for, or the messages for each parameter that is wrong. Empty values count as absent. */
export function parseMoneyReportRange(params: URLSearchParams): { range: MoneyReportRange } | { fields: Record<string, string[]> } {
  const raw = Object.fromEntries(["from", "to"].flatMap((name) => (params.get(name)?.trim() ? [[name, params.get(name)!]] : [])));
  const parsed = rangeQuery.safeParse(raw);
  if (!parsed.success) return { fields: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  return { range: { from: parsed.data.from ?? null, to: parsed.data.to ?? null } };
}

/** The instants a range covers in `timeZone`: from the start of `from` to the start of the day after `to`. */
export function rangeInstants({ from, to }: MoneyReportRange, timeZone: string): { start: Date | null; end: Date | null } {
  return { start: from ? wallClockToInstant(from, 0, timeZone) : null, end: to ? wallClockToInstant(addDays(to, 1), 0, timeZone) : null };
}

/** "invoices-2026-12-01.csv" (the day of download), or "invoices-2026-04-01-to-2027-03-31.csv" for a range. */
export function moneyReportFilename(what: "invoices" | "payments", { from, to }: MoneyReportRange, now = new Date()): string {
  return from || to ? `${what}-${from ?? "start"}-to-${to ?? now.toISOString().slice(0, 10)}.csv` : `${what}-${now.toISOString().slice(0, 10)}.csv`;
}
