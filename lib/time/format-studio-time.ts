// How dates and times read to staff and artists everywhere (admin pages, the artist's page,
// emails). An instant is shown in the studio's zone, since that is where the sessions happen and
// where the staff work, with the zone's short name (GMT/BST, CET/CEST, EST/EDT) so the
// daylight-saving side is explicit; Intl resolves the offset for each instant, so times on either
// side of a clock change read right. A calendar date (a closure, a target start date) has no zone
// and is shown as it is.
import type { LocalDate } from "./zoned-time";

const DATE_STYLES = {
  /** "Tue, 24 Nov 2026" */
  weekday: { weekday: "short", day: "numeric", month: "short", year: "numeric" },
  /** "24 Nov 2026" */
  medium: { day: "numeric", month: "short", year: "numeric" },
  /** "24 November 2026" */
  long: { day: "numeric", month: "long", year: "numeric" },
  /** "Tue 24 Nov": a day within a week or two, where the year goes without saying. */
  weekdayShort: { weekday: "short", day: "numeric", month: "short" },
  /** "Tuesday 24 November" */
  weekdayLong: { weekday: "long", day: "numeric", month: "long" },
  /** "November 2026": a whole month. */
  month: { month: "long", year: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = cache.get(key);
  if (!format) cache.set(key, (format = make()));
  return format;
}

function formatDate(instant: Date, timeZone: string, style: DateStyle): string {
  const text = formatter(`${style} ${timeZone}`, () => new Intl.DateTimeFormat("en-GB", { ...DATE_STYLES[style], timeZone })).format(instant);
  // ICU versions differ on a comma after a weekday with no year ("Tue, 24 Nov"); read it without.
  return style === "weekdayShort" ? text.replace(",", "") : text;
}

/** The studio's date at `instant`: "Tue, 24 Nov 2026" (or another style). */
export function formatStudioDate(instant: Date, timeZone: string, style: DateStyle = "weekday"): string {
  return formatDate(instant, timeZone, style);
}

/** The studio's clock at `instant`, with the zone's name: "10:00 GMT", "10:00 EDT", "13:30 GMT+5:30". */
export function formatStudioClock(instant: Date, timeZone: string): string {
  const text = formatter(`clock ${timeZone}`, () => new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" })).format(instant);
  // British English names British, Irish and central European zones (GMT, BST, CET, CEST) but
  // shows others as offsets ("GMT-5"); American English names North American ones (EST, EDT).
  // Take a name when either has one.
  const offset = /GMT[+-][\d:]+$/.exec(text);
  if (!offset) return text;
  const american = formatter(`zone ${timeZone}`, () => new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }));
  const name = american.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "";
  return /^[A-Z]{2,5}$/.test(name) ? `${text.slice(0, offset.index)}${name}` : text;
}

/**
 * An instant for a machine that reads it back (exports): ISO 8601 in the studio's local time with
 * its offset, "2026-11-24T10:00:00+00:00" (BST: "+01:00"), to the second.
 */
export function formatStudioIsoTime(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    formatter(`iso ${timeZone}`, () => new Intl.DateTimeFormat("en-CA", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }))
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
  const offsetMinutes = Math.round((Date.parse(`${local}Z`) - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** When something happened or will: "24 Nov 2026, 10:00 GMT" in the studio's zone. */
export function formatStudioDateTime(instant: Date, timeZone: string): string {
  return `${formatDate(instant, timeZone, "medium")}, ${formatStudioClock(instant, timeZone)}`;
}

/** A session or a requested time: "Tue, 24 Nov 2026, 10:00 GMT – 14:00 GMT"; one past midnight names both days. */
export function formatStudioRange(startsAt: Date, endsAt: Date, timeZone: string): string {
  const startDay = formatDate(startsAt, timeZone, "weekday");
  // The end is exclusive: a session ending at midnight belongs to the day it started.
  const endDay = formatDate(new Date(endsAt.getTime() - 1), timeZone, "weekday");
  const start = `${startDay}, ${formatStudioClock(startsAt, timeZone)}`;
  const end = formatStudioClock(endsAt, timeZone);
  return endDay === startDay ? `${start} – ${end}` : `${start} – ${formatDate(endsAt, timeZone, "weekday")}, ${end}`;
}

/**
 * A calendar date, which has no zone: "YYYY-MM-DD", or a DATE column as Prisma reads it (UTC
 * midnight of that date). Formatting UTC midnight in UTC keeps it that date.
 */
export function formatCalendarDate(date: LocalDate | Date, style: DateStyle): string {
  return formatDate(typeof date === "string" ? new Date(`${date}T00:00:00Z`) : date, "UTC", style);
}

/** A duration for people: "3 h 20 min", "2 days 4 h". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days ${hours % 24} h`;
}
