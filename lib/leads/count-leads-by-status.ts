// How many leads each status tab would show for the current filter: the filter minus its
// status part (and minus the hiding of spam, so the Spam tab has its number too).
import type { Database } from "../database/create-prisma-client";
import { Prisma } from "../generated/prisma/client";
import { InquiryStatus } from "../generated/prisma/enums";
import { leadFilterSql } from "./lead-filter-sql";
import type { LeadListQuery } from "./lead-list-query";

export type CountLeadsOptions = { currentUserId?: string | null; timeZone?: string };

/** The statement countLeadsByStatus runs: one GROUP BY over the filtered leads. */
export function buildCountLeadsByStatusSql(query: LeadListQuery, { currentUserId, timeZone }: CountLeadsOptions = {}): Prisma.Sql {
  return Prisma.sql`
    SELECT i."status"::text AS "status", count(*)::int AS "count"
    FROM "Inquiry" i
    WHERE ${leadFilterSql(query, { currentUserId, ignoreStatus: true, timeZone })}
    GROUP BY i."status"`;
}

/** Leads per status for `query`'s filter, ignoring its statuses; every status is present. */
export async function countLeadsByStatus(
  db: Database,
  query: LeadListQuery,
  options: CountLeadsOptions = {},
): Promise<Record<InquiryStatus, number>> {
  const rows = await db.$queryRaw<{ status: InquiryStatus; count: number }[]>(buildCountLeadsByStatusSql(query, options));
  const counts = Object.fromEntries(Object.values(InquiryStatus).map((status) => [status, 0])) as Record<InquiryStatus, number>;
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}
