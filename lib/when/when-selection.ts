// What an artist has chosen so far in the "when" step, as /book and /inquire carry it in their
// query strings and hidden fields: the room, the kind of session being picked, the month and day
// on screen, and the picks. A pick names a studio-local date, a kind and, for half days and
// hours, the start (and hours), never an instant: the server turns picks into instants with the
// studio's zone and opening hours, so nothing in the address is trusted. No imports beyond
// types: the picker in the browser reads and writes the same format.
import type { LocalDate } from "../time/zoned-time";

export const WHEN_KINDS = ["hourly", "half", "full", "lockout"] as const;
export type WhenKind = (typeof WHEN_KINDS)[number];

/** One block asked for: `start` in minutes after midnight for half days and hours. */
export type Pick = { date: LocalDate; kind: WhenKind; start?: number; hours?: number };

export type WhenSelection = {
  room: string | null;
  kind: WhenKind | null;
  /** The month on screen, "YYYY-MM". */
  month: string | null;
  /** The day whose times are on screen. */
  day: LocalDate | null;
  picks: Pick[];
  /** The artist would rather describe when in words. */
  skip: boolean;
};

/** More than the ten blocks a request may hold, so an over-long list is refused with a message rather than cut. */
const MAX_CARRIED_PICKS = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const emptySelection: WhenSelection = { room: null, kind: null, month: null, day: null, picks: [], skip: false };

export function isDate(value: unknown): value is LocalDate {
  if (typeof value !== "string" || !DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const isKind = (value: unknown): value is WhenKind => WHEN_KINDS.includes(value as WhenKind);

/** "1000" for 10:00. */
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}${String(minutes % 60).padStart(2, "0")}`;

function readHhmm(value: string | undefined): number | null {
  const match = /^([01]\d|2[0-3])([0-5]\d)$/.exec(value ?? "");
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** "2026-12-04_full", "2026-12-05_half_1000", "2026-12-07_hourly_1100_3". */
export function formatPick(pick: Pick): string {
  if (pick.kind === "half") return `${pick.date}_half_${hhmm(pick.start ?? 0)}`;
  if (pick.kind === "hourly") return `${pick.date}_hourly_${hhmm(pick.start ?? 0)}_${pick.hours ?? 1}`;
  return `${pick.date}_${pick.kind}`;
}

/** A pick from its field value, or null when it is not one. */
export function parsePick(value: string): Pick | null {
  const [date, kind, start, hours, ...rest] = value.trim().split("_");
  if (!isDate(date) || !isKind(kind) || rest.length > 0) return null;
  if (kind === "full" || kind === "lockout") return start === undefined ? { date, kind } : null;
  const minutes = readHhmm(start);
  if (minutes === null) return null;
  if (kind === "half") return hours === undefined ? { date, kind, start: minutes } : null;
  const count = /^\d{1,2}$/.test(hours ?? "") ? Number(hours) : 0;
  return count >= 1 && count <= 24 ? { date, kind, start: minutes, hours: count } : null;
}

export const samePick = (a: Pick, b: Pick) => formatPick(a) === formatPick(b);

type Params = { get(name: string): string | null; getAll(name: string): string[] };

/**
 * The selection from a query string or a form, with what could not be used said in words. Picks
 * may arrive as repeated fields or joined by line breaks (how the form's values are read).
 */
export function parseWhenSelection(params: Params): { selection: WhenSelection; notices: string[] } {
  const notices: string[] = [];
  const room = params.get("room");
  const kind = params.get("kind");
  const month = params.get("month");
  const day = params.get("day");
  const raw = params.getAll("pick").flatMap((value) => value.split("\n")).map((value) => value.trim()).filter(Boolean);
  const picks: Pick[] = [];
  for (const value of raw.slice(0, MAX_CARRIED_PICKS)) {
    const pick = parsePick(value);
    if (!pick) notices.push(`“${value.slice(0, 40)}” is not a time we can read; pick it again on the calendar.`);
    else if (!picks.some((earlier) => samePick(earlier, pick))) picks.push(pick);
  }
  if (raw.length > MAX_CARRIED_PICKS) notices.push(`Only the first ${MAX_CARRIED_PICKS} times were kept.`);
  picks.sort(comparePicks);
  return {
    selection: {
      room: room && UUID.test(room) ? room.toLowerCase() : null,
      kind: isKind(kind) ? kind : null,
      month: month && MONTH.test(month) ? month : null,
      day: isDate(day) ? day : null,
      picks,
      skip: params.get("skip") === "1",
    },
    notices,
  };
}

export function comparePicks(a: Pick, b: Pick): number {
  return a.date === b.date ? (a.start ?? 0) - (b.start ?? 0) : a.date < b.date ? -1 : 1;
}

/** The selection as query parameters (in a readable order), plus any extra ones such as the role. */
export function whenQuery(selection: WhenSelection, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(extra)) if (value) query.set(name, value);
  if (selection.room) query.set("room", selection.room);
  if (selection.kind) query.set("kind", selection.kind);
  if (selection.month) query.set("month", selection.month);
  if (selection.day) query.set("day", selection.day);
  for (const pick of selection.picks) query.append("pick", formatPick(pick));
  if (selection.skip) query.set("skip", "1");
  return query;
}
