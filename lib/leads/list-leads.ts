// One page of the lead list in one SQL statement, paged by keyset (see lead-keyset-sql.ts).
import type { Database } from "../database/create-prisma-client";
import { Prisma } from "../generated/prisma/client";
import type { InquiryStatus, ProjectType, RoleNeeded } from "../generated/prisma/enums";
import { encodeLeadCursor } from "./lead-cursor";
import { leadFilterSql } from "./lead-filter-sql";
import { leadKeysetSql, leadPagePosition } from "./lead-keyset-sql";
import { LEAD_PAGE_SIZE, LEAD_SORT_KEYS, type LeadListQuery } from "./lead-list-query";

export type LeadRow = {
  id: string;
  reference: string;
  status: InquiryStatus;
  roleNeeded: RoleNeeded;
  name: string;
  email: string;
  artistName: string | null;
  projectType: ProjectType | null;
  createdAt: Date;
  updatedAt: Date;
  assignee: { id: string; name: string | null; email: string } | null;
  erasedAt: Date | null;
};

export type LeadPage = { leads: LeadRow[]; nextCursor: string | null; previousCursor: string | null };

export type ListLeadsOptions = { currentUserId?: string | null; pageSize?: number; timeZone?: string };

type Row = Omit<LeadRow, "assignee"> & { assigneeId: string | null; assigneeName: string | null; assigneeEmail: string | null };

/** The statement listLeads runs: one page plus one row, which says whether more exist. */
export function buildListLeadsSql(query: LeadListQuery, { currentUserId, pageSize = LEAD_PAGE_SIZE, timeZone }: ListLeadsOptions = {}): Prisma.Sql {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 500) throw new RangeError(`pageSize must be 1 to 500, not ${pageSize}`);
  const { condition, orderBy } = leadKeysetSql(query.sort, leadPagePosition(query));
  return Prisma.sql`
    SELECT i."id", i."reference", i."status"::text AS "status", i."roleNeeded"::text AS "roleNeeded", i."name", i."email",
      i."artistName", i."projectType"::text AS "projectType", i."createdAt", i."updatedAt", i."erasedAt",
      a."id" AS "assigneeId", a."name" AS "assigneeName", a."email" AS "assigneeEmail"
    FROM "Inquiry" i
    LEFT JOIN "User" a ON a."id" = i."assigneeId"
    WHERE ${leadFilterSql(query, { currentUserId, timeZone })} AND ${condition}
    ORDER BY ${orderBy}
    LIMIT ${pageSize + 1}`;
}

/**
 * The page of leads `query` asks for, with the cursors of the pages after and before it (null
 * at either end). `assignee=me` needs `currentUserId`.
 */
export async function listLeads(db: Database, query: LeadListQuery, options: ListLeadsOptions = {}): Promise<LeadPage> {
  const pageSize = options.pageSize ?? LEAD_PAGE_SIZE;
  const rows = await db.$queryRaw<Row[]>(buildListLeadsSql(query, options));
  const { cursor, backward } = leadPagePosition(query);
  const hasMore = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  if (backward) page.reverse();

  const { column } = LEAD_SORT_KEYS[query.sort];
  const cursorOf = (row: Row | undefined) => (row ? encodeLeadCursor(column, { at: row[column], id: row.id }) : null);
  // The cursor itself marks a row that exists beyond this page, even when the page came out empty.
  const given = backward ? query.before : query.after;
  const previousCursor = backward ? (hasMore ? cursorOf(page[0]) : null) : cursor ? (cursorOf(page[0]) ?? given) : null;
  const nextCursor = backward ? (cursorOf(page.at(-1)) ?? given) : hasMore ? cursorOf(page.at(-1)) : null;
  return { leads: page.map(toLeadRow), nextCursor, previousCursor };
}

function toLeadRow({ assigneeId, assigneeName, assigneeEmail, ...row }: Row): LeadRow {
  return { ...row, assignee: assigneeId ? { id: assigneeId, name: assigneeName, email: assigneeEmail ?? "" } : null };
}
