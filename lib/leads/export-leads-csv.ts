// Every lead of a view as CSV, streamed: each pull of the stream reads one keyset batch of leads
// and one query for all their notes, so memory stays flat however many leads there are, and a
// client that goes away stops the reading (the stream is pulled, never pushed).
//
// Batches are separate statements, not one long transaction (which would hold a snapshot open
// for as long as a slow download lasts): a lead updated during an export sorted by "updated"
// moves behind the walk and may be left out; the other sorts are stable.
import { csvStream } from "../csv/csv-stream";
import { formatStudioIsoTime } from "../time/format-studio-time";
import type { Database } from "../database/create-prisma-client";
import type { BudgetRange, InquiryStatus, ProjectType, RoleNeeded } from "../generated/prisma/enums";
import { budgetRangeLabel, inquiryStatusLabel, projectTypeLabel, roleShortLabel } from "../inquiries/labels";
import type { LeadCursor } from "./lead-cursor";
import { leadFilterSql } from "./lead-filter-sql";
import { leadKeysetSql } from "./lead-keyset-sql";
import { LEAD_SORT_KEYS, type LeadListQuery } from "./lead-list-query";

const HEADER = ["Reference", "Received", "Status", "Role needed", "Name", "Email", "Phone", "Artist", "Project type", "Songs",
  "Genres", "Budget", "Target start", "Target finish", "Message", "Assignee", "Notes"];

type ExportRow = {
  id: string;
  reference: string;
  createdAt: Date;
  updatedAt: Date;
  status: InquiryStatus;
  roleNeeded: RoleNeeded;
  name: string;
  email: string;
  phone: string | null;
  artistName: string | null;
  projectType: ProjectType | null;
  songCount: number | null;
  genres: string[];
  budgetRange: BudgetRange | null;
  targetStartOn: string | null;
  targetFinishOn: string | null;
  message: string;
  assignee: string | null;
};
type NoteRow = { inquiryId: string; createdAt: Date; author: string | null; body: string };

/** `timeZone`: the studio's; times are written in it, as ISO 8601 with the offset (README's export policy). */
export type ExportLeadsOptions = { currentUserId?: string | null; batchSize?: number; timeZone?: string };

/** A UTF-8 CSV (BOM, CRLF) of every lead `query` filters, all pages, in its sort order. */
export function exportLeadsCsv(db: Database, query: LeadListQuery, { currentUserId, batchSize = 500, timeZone = "UTC" }: ExportLeadsOptions = {}): ReadableStream<Uint8Array> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a whole number from 1, not ${batchSize}`);
  const { column } = LEAD_SORT_KEYS[query.sort];
  const filter = leadFilterSql(query, { currentUserId, timeZone }); // built now, so a bad query fails before streaming

  return csvStream<LeadCursor>(HEADER, async (cursor, cancelled) => {
    const { condition, orderBy } = leadKeysetSql(query.sort, { cursor, backward: false });
    const leads = await db.$queryRaw<ExportRow[]>`
      SELECT i."id", i."reference", i."createdAt", i."updatedAt", i."status"::text AS "status",
        i."roleNeeded"::text AS "roleNeeded", i."name", i."email", i."phone", i."artistName",
        i."projectType"::text AS "projectType", i."songCount", i."genres", i."budgetRange"::text AS "budgetRange",
        to_char(i."targetStartOn", 'YYYY-MM-DD') AS "targetStartOn", to_char(i."targetFinishOn", 'YYYY-MM-DD') AS "targetFinishOn",
        i."message", coalesce(a."name", a."email") AS "assignee"
      FROM "Inquiry" i
      LEFT JOIN "User" a ON a."id" = i."assigneeId"
      WHERE ${filter} AND ${condition}
      ORDER BY ${orderBy}
      LIMIT ${batchSize}`;
    // A client that went away stops the walk before the notes are read.
    const notes = leads.length > 0 && !cancelled() ? await notesByLead(db, leads.map((lead) => lead.id), timeZone) : new Map<string, string>();
    const last = leads.at(-1);
    return {
      rows: leads.map((lead) => cells(lead, notes.get(lead.id), timeZone)),
      next: !last || leads.length < batchSize ? null : { column, at: last[column], id: last.id },
    };
  });
}

/** Each lead's notes, oldest first, as "YYYY-MM-DD author: body" lines. */
async function notesByLead(db: Database, ids: string[], timeZone: string): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<NoteRow[]>`
    SELECT n."inquiryId", n."createdAt", coalesce(u."name", u."email") AS "author", n."body"
    FROM "LeadNote" n
    LEFT JOIN "User" u ON u."id" = n."authorId"
    WHERE n."inquiryId" = ANY(${ids}::uuid[])
    ORDER BY n."inquiryId", n."createdAt", n."id"`;
  const notes = new Map<string, string>();
  for (const note of rows) {
    const line = `${formatStudioIsoTime(note.createdAt, timeZone).slice(0, 10)} ${note.author ?? "Former staff member"}: ${note.body}`;
    const earlier = notes.get(note.inquiryId);
    notes.set(note.inquiryId, earlier === undefined ? line : `${earlier}\n${line}`);
  }
  return notes;
}

function cells(lead: ExportRow, notes: string | undefined, timeZone: string): (string | number | null)[] {
  return [
    lead.reference, formatStudioIsoTime(lead.createdAt, timeZone), inquiryStatusLabel[lead.status], roleShortLabel[lead.roleNeeded], lead.name,
    lead.email, lead.phone, lead.artistName, lead.projectType && projectTypeLabel[lead.projectType], lead.songCount,
    lead.genres.join(", "), lead.budgetRange && budgetRangeLabel[lead.budgetRange], lead.targetStartOn,
    lead.targetFinishOn, lead.message, lead.assignee, notes ?? "",
  ];
}

