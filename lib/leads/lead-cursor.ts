// A keyset cursor is the position of one row in a sorted list: its sort value and its id. The
// next page starts right after it however many rows came before, so page 4,000 costs what page 1
// does. Cursors sit in URLs: they are opaque but not secret, since a tampered one can only name
// another position. Decoding is strict and answers null for anything odd, never an exception.

export type LeadSortColumn = "createdAt" | "updatedAt";
export type LeadCursor = { column: LeadSortColumn; at: Date; id: string };

const TAG: Record<LeadSortColumn, string> = { createdAt: "c", updatedAt: "u" };
const COLUMN_OF_TAG: Record<string, LeadSortColumn> = { c: "createdAt", u: "updatedAt" };
const PAYLOAD = /^([cu])\.(0|[1-9][0-9]{0,14})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const BASE64URL = /^[A-Za-z0-9_-]{1,120}$/;
// The last millisecond both JavaScript and PostgreSQL write as a plain four-digit-year timestamp.
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** The cursor of a row in a list sorted by `column`. */
export function encodeLeadCursor(column: LeadSortColumn, row: { at: Date; id: string }): string {
  return toBase64Url(`${TAG[column]}.${row.at.getTime()}.${row.id.toLowerCase()}`);
}

/** The position in `cursor`, or null when it is malformed or belongs to another sort column. */
export function decodeLeadCursor(cursor: string, column: LeadSortColumn): LeadCursor | null {
  if (!BASE64URL.test(cursor)) return null;
  let payload: string;
  try {
    payload = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return null;
  }
  const match = PAYLOAD.exec(payload);
  if (!match || COLUMN_OF_TAG[match[1]] !== column) return null;
  const ms = Number(match[2]);
  if (ms > MAX_MS) return null;
  // Only the one canonical spelling is accepted, so one position has one URL.
  if (toBase64Url(payload) !== cursor) return null;
  return { column, at: new Date(ms), id: match[3] };
}

// Cursor text is ASCII, so btoa/atob suffice and this file also runs in the browser.
function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
