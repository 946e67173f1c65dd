// Wall-clock time in the studio's zone versus instants. Sessions are stored as instants
// (timestamptz); people think in the studio's local dates and times, which shift against UTC
// twice a year. Temporal does the zone arithmetic, including the hour that is skipped in spring
// (a time in it moves forward) and the hour that repeats in autumn (the earlier one is taken).
import { Temporal } from "temporal-polyfill";

/** A calendar date, "YYYY-MM-DD". */
export type LocalDate = string;

export type WallClock = {
  date: LocalDate;
  /** Minutes after local midnight, 0 to 1439. */
  minutes: number;
  /** ISO weekday: 1 = Monday, 7 = Sunday. */
  weekday: number;
};

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isValidTimeZone(timeZone: string): boolean {
  try {
    Temporal.Now.zonedDateTimeISO(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function isLocalDate(value: string): value is LocalDate {
  if (!DATE_PATTERN.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: "reject" });
    return true;
  } catch {
    return false;
  }
}

/** The instant at which the studio's clock shows `minutes` after midnight on `date` (24:00 is the next midnight). */
export function wallClockToInstant(date: LocalDate, minutes: number, timeZone: string): Date {
  const day = Temporal.PlainDate.from(date).add({ days: Math.floor(minutes / 1440) });
  const rest = minutes % 1440;
  const local = day.toPlainDateTime({ hour: Math.floor(rest / 60), minute: rest % 60 });
  const zoned = local.toZonedDateTime(timeZone, { disambiguation: "compatible" });
  return new Date(zoned.epochMilliseconds);
}

/** The studio's date, time of day and weekday at `instant`. */
export function instantToWallClock(instant: Date, timeZone: string): WallClock {
  const zoned = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
  return {
    date: zoned.toPlainDate().toString(),
    minutes: zoned.hour * 60 + zoned.minute,
    weekday: zoned.dayOfWeek,
  };
}

/** The studio's date today. */
export function todayIn(timeZone: string, now = new Date()): LocalDate {
  return instantToWallClock(now, timeZone).date;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** ISO weekday of a date: 1 = Monday, 7 = Sunday. */
export function weekdayOf(date: LocalDate): number {
  return Temporal.PlainDate.from(date).dayOfWeek;
}

/** The Monday on or before `date`. */
export function startOfWeek(date: LocalDate): LocalDate {
  return addDays(date, 1 - weekdayOf(date));
}

/** "HH:MM" for minutes after midnight (1440 shows as 24:00). */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Minutes after midnight from "HH:MM" (00:00 to 24:00), or null when it is not a time. */
export function parseMinutes(value: string): number | null {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value.trim());
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : null;
}
