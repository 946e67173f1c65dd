// The WHERE clause shared by the lead list, its status counts and its CSV export, so the three
// can never disagree about which leads a view holds. Every user value is a bound parameter.
import { Prisma } from "../generated/prisma/client";
import { REFERENCE_PATTERN } from "../inquiries/generate-reference";
import type { LeadListQuery } from "./lead-list-query";
import { toPrefixTsquery } from "./to-prefix-tsquery";

export type LeadFilterOptions = {
  /** Who "me" is in `assignee=me`. */
  currentUserId?: string | null;
  /** The status tabs count every status, so they leave the status filter out. */
  ignoreStatus?: boolean;
  /** The studio's zone, whose calendar days `from` and `to` name (UTC when left out). */
  timeZone?: string;
};

/** Conditions on the table aliased `i`, joined with AND (TRUE when there are none). */
export function leadFilterSql(query: LeadListQuery, { currentUserId, ignoreStatus = false, timeZone = "UTC" }: LeadFilterOptions = {}): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (!ignoreStatus) {
    // One value is written as = so that PostgreSQL can walk (status, createdAt, id) in order.
    if (query.statuses.length === 1) conditions.push(Prisma.sql`i."status" = ${query.statuses[0]}::"InquiryStatus"`);
    else if (query.statuses.length > 1) conditions.push(Prisma.sql`i."status" = ANY(${query.statuses}::"InquiryStatus"[])`);
    else if (!query.showSpam) conditions.push(Prisma.sql`i."status" <> 'SPAM'`);
  }
  if (query.roles.length === 1) conditions.push(Prisma.sql`i."roleNeeded" = ${query.roles[0]}::"RoleNeeded"`);
  else if (query.roles.length > 1) conditions.push(Prisma.sql`i."roleNeeded" = ANY(${query.roles}::"RoleNeeded"[])`);

  if (query.assignee === "none") conditions.push(Prisma.sql`i."assigneeId" IS NULL`);
  else if (query.assignee) conditions.push(Prisma.sql`i."assigneeId" = ${assigneeId(query.assignee, currentUserId)}::uuid`);

  // Whole days in the studio's zone (a day of 23 or 25 hours across a clock change); the bounds
  // are constants for each execution, so the createdAt index applies.
  if (query.from) conditions.push(Prisma.sql`i."createdAt" >= (${query.from}::date)::timestamp AT TIME ZONE ${timeZone}::text`);
  if (query.to) conditions.push(Prisma.sql`i."createdAt" < (${query.to}::date + 1)::timestamp AT TIME ZONE ${timeZone}::text`);

  const tsquery = query.q ? toPrefixTsquery(query.q) : null;
  if (query.q && tsquery) {
    const matches = Prisma.sql`i."searchDocument" @@ to_tsquery('simple'::regconfig, ${tsquery})`;
    // A reference pasted from an email finds its lead, although references are not in the document.
    const reference = query.q.toUpperCase();
    conditions.push(REFERENCE_PATTERN.test(reference) ? Prisma.sql`(${matches} OR i."reference" = ${reference})` : matches);
  }
  return conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

function assigneeId(assignee: string, currentUserId: string | null | undefined): string {
  if (assignee !== "me") return assignee;
  if (!currentUserId) throw new Error("A lead query for assignee=me needs the current user's id.");
  return currentUserId;
}
