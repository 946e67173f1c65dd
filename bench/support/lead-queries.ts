// The plans PostgreSQL picks for the lead list's statements, measured with EXPLAIN ANALYZE on the
// very SQL the app runs (the same builders), so a missing index shows up here first.
import type { Database } from "../../lib/database/create-prisma-client";
import type { Prisma } from "../../lib/generated/prisma/client";
import { buildCountLeadsByStatusSql } from "../../lib/leads/count-leads-by-status";
import type { LeadListQuery } from "../../lib/leads/lead-list-query";
import { buildListLeadsSql } from "../../lib/leads/list-leads";

export type LeadQueryPlans = { query: LeadListQuery; list: string; counts: string };

export async function explainLeadQueries(
  db: Database,
  queries: LeadListQuery[],
  options: { currentUserId?: string | null; pageSize?: number } = {},
): Promise<LeadQueryPlans[]> {
  const plans: LeadQueryPlans[] = [];
  for (const query of queries) {
    plans.push({
      query,
      list: await explain(db, buildListLeadsSql(query, options)),
      counts: await explain(db, buildCountLeadsByStatusSql(query, options)),
    });
  }
  return plans;
}

async function explain(db: Database, sql: Prisma.Sql): Promise<string> {
  const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${sql}`;
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}
