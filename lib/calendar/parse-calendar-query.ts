// The calendar's URL: ?week=YYYY-MM-DD (any day of the week) and room=<id> or person=<id>. The
// page's GET form cannot name its one select both ways, so it sends show=room:<id> or
// show=person:<id>, which the page turns into the canonical URL. Junk is ignored with a notice.
import { isUuid } from "../validation/is-uuid";
import { isLocalDate, startOfWeek, type LocalDate } from "../time/zoned-time";
import type { CalendarSubject } from "./find-live-sessions";

export type CalendarQuery = {
  /** The Monday of the requested week, or null for this week. */
  week: LocalDate | null;
  subject: CalendarSubject | null;
  /** True when the subject came from the form's `show` field (the page redirects to room=/person=). */
  fromForm: boolean;
  messages: string[];
};

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

export function parseCalendarQuery(params: Params): CalendarQuery {
  const messages: string[] = [];
  const weekParam = first(params.week);
  let week: LocalDate | null = null;
  if (weekParam && isLocalDate(weekParam)) week = startOfWeek(weekParam);
  else if (weekParam) messages.push("Ignored the week: it must be a date written YYYY-MM-DD. Showing this week.");

  const show = first(params.show);
  const fromShow = show ? /^(room|person):(.+)$/.exec(show) : null;
  const candidates: [CalendarSubject["kind"], string | undefined][] = fromShow
    ? [[fromShow[1] as CalendarSubject["kind"], fromShow[2]]]
    : [["room", first(params.room)], ["person", first(params.person)]];
  if (show && !fromShow) messages.push("Ignored the choice of room or person: it was not one of the options.");

  let subject: CalendarSubject | null = null;
  for (const [kind, id] of candidates) {
    if (id === undefined) continue;
    if (!isUuid(id)) messages.push(`Ignored the ${kind}: it is not a valid id.`);
    else if (!subject) subject = { kind, id: id.toLowerCase() };
  }
  return { week, subject, fromForm: Boolean(fromShow && subject), messages };
}
