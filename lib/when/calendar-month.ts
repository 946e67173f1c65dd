// The calendar's day model: one month as weeks from Monday, each date with what the picker says
// about it for the kind of session being picked (free or not, closed, picked, outside the
// months on offer), and the months either side that can be shown.
import { formatCalendarDate } from "../time/format-studio-time";
import type { LocalDate } from "../time/zoned-time";
import { freeSummary, hasFree } from "./apply-when-op";
import { dayOf, type RoomCalendar } from "./room-calendar";
import type { Pick, WhenKind } from "./when-selection";

export type CalendarCell = {
  date: LocalDate;
  /** A day of the calendar's window (today onwards, within the months on offer). */
  bookable: boolean;
  free: boolean;
  closed: boolean;
  picked: number;
  today: boolean;
  /** The full date and what it has: "Friday 4 December 2026, free for a full day, 1 picked". */
  label: string;
};

export type MonthGrid = { month: string; title: string; weeks: (CalendarCell | null)[][]; previous: string | null; next: string | null };

const shiftMonth = (month: string, by: number) => {
  const [year, index] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, index - 1 + by, 1)).toISOString().slice(0, 7);
};

export function monthGrid(month: string, calendar: RoomCalendar, kind: WhenKind, picks: Pick[]): MonthGrid {
  const [year, index] = month.split("-").map(Number) as [number, number];
  const length = new Date(Date.UTC(year, index, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, index - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (CalendarCell | null)[] = Array.from({ length: lead }, () => null);
  for (let dayNumber = 1; dayNumber <= length; dayNumber++) {
    const date = `${month}-${String(dayNumber).padStart(2, "0")}`;
    const day = dayOf(calendar, date);
    const picked = picks.filter((pick) => pick.date === date).length;
    const free = hasFree(day, kind);
    const state = !day ? "not bookable" : day.closed ? "the studio is closed" : freeSummary(day, kind, calendar);
    const label = `${formatCalendarDate(date, "weekdayLong")} ${year}, ${state}${picked ? `, ${picked} picked` : ""}`;
    cells.push({ date, bookable: !!day, free, closed: !!day?.closed, picked, today: date === calendar.today, label });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
  const first = calendar.days[0]?.date.slice(0, 7) ?? month;
  const last = calendar.days.at(-1)?.date.slice(0, 7) ?? month;
  return {
    month,
    title: formatCalendarDate(`${month}-01`, "long").replace(/^1 /, ""),
    weeks,
    previous: month > first ? shiftMonth(month, -1) : null,
    next: month < last ? shiftMonth(month, 1) : null,
  };
}
