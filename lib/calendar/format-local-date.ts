import type { LocalDate } from "../time/zoned-time";

const formats = {
  /** "Mon 30 Mar" */
  day: new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }),
  /** "30 March 2026" */
  full: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};

/** A calendar date as people read it. The date has no zone; UTC midnight keeps it that date. */
export function formatLocalDate(date: LocalDate, style: keyof typeof formats): string {
  return formats[style].format(new Date(`${date}T00:00:00Z`));
}
