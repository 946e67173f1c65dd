import type { Database } from "../database/create-prisma-client";
import { addDays, startOfWeek, wallClockToInstant, type LocalDate } from "../time/zoned-time";
import { findLiveSessions, type CalendarSession, type CalendarSubject } from "./find-live-sessions";

export type WeekCalendar = {
  /** The Monday the week starts on, in the studio's zone. */
  weekStart: LocalDate;
  /** Monday to Sunday. */
  days: LocalDate[];
  /** The week as instants: local midnight on Monday to local midnight on the next Monday. */
  from: Date;
  to: Date;
  sessions: CalendarSession[];
};

/**
 * The live sessions of one room or person that overlap the studio's week containing `week`.
 * The week is bounded by local midnights, so a week with a clock change is 167 or 169 hours long.
 */
export async function loadWeekCalendar(db: Database, { week, timeZone, subject }: { week: LocalDate; timeZone: string; subject: CalendarSubject }): Promise<WeekCalendar> {
  const weekStart = startOfWeek(week);
  const days = Array.from({ length: 7 }, (_, index) => addDays(weekStart, index));
  const from = wallClockToInstant(weekStart, 0, timeZone);
  const to = wallClockToInstant(addDays(weekStart, 7), 0, timeZone);
  const sessions = await findLiveSessions(db, { subject, from, to });
  return { weekStart, days, from, to, sessions };
}
