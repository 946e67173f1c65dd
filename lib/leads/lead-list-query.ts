// The lead list's view (filters, search, sort, page) lives in the URL, so any view can be
// bookmarked or shared. Parsing is forgiving: a stale bookmark or a hand-edited link drops the
// values it cannot use and says so, instead of failing the page.
import { z } from "zod";
import { InquiryStatus, RoleNeeded } from "../generated/prisma/enums";
import { decodeLeadCursor, type LeadSortColumn } from "./lead-cursor";
import { toPrefixTsquery } from "./to-prefix-tsquery";

export const LEAD_SORTS = ["newest", "oldest", "updated"] as const;
export type LeadSort = (typeof LEAD_SORTS)[number];

/** Each sort walks an index on (column, id) in one direction. */
export const LEAD_SORT_KEYS: Record<LeadSort, { column: LeadSortColumn; descending: boolean }> = {
  newest: { column: "createdAt", descending: true },
  oldest: { column: "createdAt", descending: false },
  updated: { column: "updatedAt", descending: true },
};

export const LEAD_PAGE_SIZE = 25;
export const MAX_SEARCH_LENGTH = 200;

export type LeadListQuery = {
  /** Empty: every status except SPAM (unless showSpam). */
  statuses: InquiryStatus[];
  roles: RoleNeeded[];
  /** A user id, "none" (unassigned) or "me" (resolved with the caller's currentUserId). */
  assignee: "me" | "none" | (string & {}) | null;
  /** Inclusive UTC days on createdAt, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  q: string | null;
  sort: LeadSort;
  showSpam: boolean;
  /** Opaque cursors; at most one is set. */
  after: string | null;
  before: string | null;
};

export const DEFAULT_LEAD_LIST_QUERY: Readonly<LeadListQuery> = Object.freeze({
  statuses: [],
  roles: [],
  assignee: null,
  from: null,
  to: null,
  q: null,
  sort: "newest",
  showSpam: false,
  after: null,
  before: null,
});

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const status = z.string().trim().toUpperCase().pipe(z.enum(InquiryStatus));
const role = z.string().trim().toUpperCase().pipe(z.enum(RoleNeeded));
const assignee = z.string().trim().toLowerCase().pipe(z.union([z.enum(["me", "none"]), z.guid()]));
// Four-digit years from 1000: dates both JavaScript and PostgreSQL read the same way.
const day = z.string().trim().pipe(z.iso.date()).refine((value) => !value.startsWith("0"));
const sort = z.string().trim().toLowerCase().pipe(z.enum(LEAD_SORTS));

/**
 * The view asked for by a URL's search parameters, and a message for every value that was
 * ignored. Never throws. Empty values (as a GET form sends for "any") count as absent.
 */
export function parseLeadListQuery(input: SearchParamsInput): { query: LeadListQuery; messages: string[] } {
  const all = (name: string) => valuesOf(input, name).filter((value) => value.trim() !== "");
  const first = (name: string) => all(name)[0];
  const messages: string[] = [];
  const ignore = (message: string) => void (messages.includes(message) || messages.push(message));

  const query: LeadListQuery = { ...DEFAULT_LEAD_LIST_QUERY };
  const statusList = all("status").flatMap((value) => value.split(","));
  query.statuses = ordered(Object.values(InquiryStatus), parseEach(statusList, status, () => ignore("Ignored an unknown status")));
  const roleList = all("role").flatMap((value) => value.split(","));
  query.roles = ordered(Object.values(RoleNeeded), parseEach(roleList, role, () => ignore("Ignored an unknown role")));
  query.assignee = parseOne(first("assignee"), assignee, () => ignore("Ignored an unknown assignee"));
  query.from = parseOne(first("from"), day, () => ignore("Ignored a start date that is not a date (YYYY-MM-DD)"));
  query.to = parseOne(first("to"), day, () => ignore("Ignored an end date that is not a date (YYYY-MM-DD)"));
  if (query.from && query.to && query.from > query.to) {
    ignore("Ignored the dates: the start date is after the end date");
    query.from = query.to = null;
  }
  query.sort = parseOne(first("sort"), sort, () => ignore("Ignored an unknown sort order")) ?? "newest";

  const q = first("q")?.trim();
  if (q) {
    const characters = Array.from(q);
    if (characters.length > MAX_SEARCH_LENGTH) ignore(`Shortened the search to ${MAX_SEARCH_LENGTH} characters`);
    const kept = characters.slice(0, MAX_SEARCH_LENGTH).join("").trim();
    if (toPrefixTsquery(kept)) query.q = kept;
    else ignore("Ignored a search without letters or digits");
  }

  const spam = first("spam");
  if (spam === "1") query.showSpam = true;
  else if (spam !== undefined && spam !== "0") ignore("Ignored an unknown spam setting");

  const { column } = LEAD_SORT_KEYS[query.sort];
  const after = first("after");
  const before = first("before");
  if (after !== undefined && decodeLeadCursor(after, column)) query.after = after;
  else if (after === undefined && before !== undefined && decodeLeadCursor(before, column)) query.before = before;
  if ((after !== undefined && !query.after) || (before !== undefined && !query.before)) {
    ignore("Ignored an invalid page link; showing the first page");
  }
  return { query, messages };
}

function valuesOf(input: SearchParamsInput, name: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(name);
  const value = input[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function parseOne<T>(value: string | undefined, schema: z.ZodType<T, string>, onInvalid: () => void): T | null {
  if (value === undefined) return null;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  onInvalid();
  return null;
}

function parseEach<T>(values: string[], schema: z.ZodType<T, string>, onInvalid: () => void): T[] {
  return values.filter((value) => value.trim() !== "").flatMap((value) => parseOne(value, schema, onInvalid) ?? []);
}

/** Without duplicates, in the enum's order, so one view has one URL. */
function ordered<T>(order: T[], values: T[]): T[] {
  return order.filter((value) => values.includes(value));
}
