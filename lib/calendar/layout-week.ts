// Where each session sits in the week grid. The grid is drawn in the studio's wall-clock time,
// so a 10:00 session is at 10:00 whether the clocks changed that weekend or not; a session that
// runs past midnight is cut into one piece per day it touches.
import type { OpeningHoursRow } from "../studio/load-studio-settings";
import type { ClosureView } from "../studio/list-closures";
import { addDays, instantToWallClock, wallClockToInstant, weekdayOf, type LocalDate } from "../time/zoned-time";
import type { CalendarSession } from "./find-live-sessions";

export type SessionSegment = {
  session: CalendarSession;
  /** Wall-clock minutes after the day's midnight: 0 to 1440. */
  startMinutes: number;
  endMinutes: number;
  continuesFromPreviousDay: boolean;
  continuesToNextDay: boolean;
};

export type DayLayout = {
  date: LocalDate;
  isToday: boolean;
  /** The hours the studio is open that day; null when the weekday is closed or a closure covers it. */
  open: { opensAt: number; closesAt: number } | null;
  /** Why the studio is shut that day, if a closure covers it. */
  closures: string[];
  segments: SessionSegment[];
};

/** The days, and the span of the day (whole hours) the grid shows: opening hours and every session. */
export type WeekLayout = { days: DayLayout[]; startMinutes: number; endMinutes: number };

type LayoutInput = {
  days: LocalDate[];
  sessions: CalendarSession[];
  timeZone: string;
  openingHours: OpeningHoursRow[];
  closures: ClosureView[];
  today: LocalDate;
};

const DEFAULT_SPAN = { startMinutes: 9 * 60, endMinutes: 18 * 60 };

export function layoutWeek({ days, sessions, timeZone, openingHours, closures, today }: LayoutInput): WeekLayout {
  const midnights = [...days, addDays(days[days.length - 1], 1)].map((date) => wallClockToInstant(date, 0, timeZone).getTime());
  const layout = days.map((date, index): DayLayout => {
    const reasons = closures.filter((closure) => closure.startsOn <= date && date <= closure.endsOn).map((closure) => closure.reason);
    const hours = openingHours.find((row) => row.weekday === weekdayOf(date));
    return {
      date,
      isToday: date === today,
      open: hours && reasons.length === 0 ? { opensAt: hours.opensAt, closesAt: hours.closesAt } : null,
      closures: reasons,
      segments: segmentsOfDay(sessions, midnights[index], midnights[index + 1], timeZone),
    };
  });

  const starts = layout.flatMap((day) => [...(day.open ? [day.open.opensAt] : []), ...day.segments.map((segment) => segment.startMinutes)]);
  const ends = layout.flatMap((day) => [...(day.open ? [day.open.closesAt] : []), ...day.segments.map((segment) => segment.endMinutes)]);
  if (starts.length === 0) return { days: layout, ...DEFAULT_SPAN };
  const startMinutes = Math.floor(Math.min(...starts) / 60) * 60;
  const endMinutes = Math.max(startMinutes + 60, Math.ceil(Math.max(...ends) / 60) * 60);
  return { days: layout, startMinutes, endMinutes };
}

function segmentsOfDay(sessions: CalendarSession[], dayStart: number, dayEnd: number, timeZone: string): SessionSegment[] {
  const segments: SessionSegment[] = [];
  for (const session of sessions) {
    const start = Math.max(session.startsAt.getTime(), dayStart);
    const end = Math.min(session.endsAt.getTime(), dayEnd);
    if (start >= end) continue;
    const startMinutes = start === dayStart ? 0 : instantToWallClock(new Date(start), timeZone).minutes;
    let endMinutes = end === dayEnd ? 1440 : instantToWallClock(new Date(end), timeZone).minutes;
    // In the hour the clocks go back, wall-clock time runs backwards for a moment; keep the
    // block's real length rather than let it shrink to nothing.
    if (endMinutes <= startMinutes) endMinutes = Math.min(1440, startMinutes + Math.ceil((end - start) / 60_000));
    segments.push({
      session,
      startMinutes,
      endMinutes,
      continuesFromPreviousDay: session.startsAt.getTime() < dayStart,
      continuesToNextDay: session.endsAt.getTime() > dayEnd,
    });
  }
  return segments;
}
