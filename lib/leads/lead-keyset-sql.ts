// Keyset pagination: a page is "the next N rows after this (sort value, id)", answered by walking
// an index on (sort column, id) from that point. ORDER BY names the same columns in the same
// direction as the indexes (both DESC, or both ASC for a backward walk), so no sort is needed.
import { Prisma } from "../generated/prisma/client";
import { decodeLeadCursor, type LeadCursor } from "./lead-cursor";
import { LEAD_SORT_KEYS, type LeadListQuery, type LeadSort } from "./lead-list-query";

export type LeadPagePosition = { cursor: LeadCursor | null; backward: boolean };

/** Where the page of `query` starts; an unusable cursor means the first page. */
export function leadPagePosition(query: LeadListQuery): LeadPagePosition {
  const { column } = LEAD_SORT_KEYS[query.sort];
  if (query.after) return { cursor: decodeLeadCursor(query.after, column), backward: false };
  if (query.before) {
    const cursor = decodeLeadCursor(query.before, column);
    return { cursor, backward: cursor !== null };
  }
  return { cursor: null, backward: false };
}

/**
 * The keyset condition and ORDER BY for `sort` from `position`. A backward page (before a cursor)
 * is read in the opposite order; the caller reverses the rows.
 */
export function leadKeysetSql(sort: LeadSort, { cursor, backward }: LeadPagePosition): { condition: Prisma.Sql; orderBy: Prisma.Sql } {
  const key = LEAD_SORT_KEYS[sort];
  const descending = key.descending !== backward;
  // From a closed set of two names, never from input.
  const column = Prisma.raw(`i."${key.column}"`);
  const direction = Prisma.raw(descending ? "DESC" : "ASC");
  const orderBy = Prisma.sql`${column} ${direction}, i."id" ${direction}`;
  if (!cursor) return { condition: Prisma.sql`TRUE`, orderBy };
  const comparison = Prisma.raw(descending ? "<" : ">");
  // A row comparison, which PostgreSQL turns into one index range condition.
  return { condition: Prisma.sql`(${column}, i."id") ${comparison} (${cursor.at}::timestamptz, ${cursor.id}::uuid)`, orderBy };
}
