import type { LocalDate } from "../time/zoned-time";
import type { CalendarSubject } from "./find-live-sessions";

/** The calendar page's URL for a week (any of its days; none is this week) and a room or person. */
export function calendarHref({ week, subject }: { week?: LocalDate | null; subject?: CalendarSubject | null }): string {
  const params = new URLSearchParams();
  if (week) params.set("week", week);
  if (subject) params.set(subject.kind, subject.id);
  const search = params.toString();
  return search ? `/admin/calendar?${search}` : "/admin/calendar";
}
