// What a pick is on its day in the room on screen: its stretch of the day, whether it is still
// free, and how it reads. Shared by the picker in the browser and by the server, which turns the
// same stretches into instants (picks-to-session-request.ts).
import { formatCalendarDate } from "../time/format-studio-time";
import { dayOf, KIND_NAMES, offerOf, type CalendarDay, type MinuteRange, type RoomCalendar } from "./room-calendar";
import type { Pick } from "./when-selection";

export type PickStatus = "free" | "taken" | "closed" | "not-offered" | "out-of-range";

/** "10:00" for minutes after midnight. */
export const clock = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** The pick's stretch of its day, or null when the room sells no such thing that day. */
export function pickRange(pick: Pick, day: CalendarDay | undefined, calendar: RoomCalendar): MinuteRange | null {
  const offer = offerOf(calendar, pick.kind);
  if (!offer || !day || day.closed) return null;
  if (pick.kind === "full" || pick.kind === "lockout") return [day.opensAt, day.closesAt];
  if (pick.kind === "half") return [pick.start!, pick.start! + (offer.blockMinutes ?? 0)];
  return [pick.start!, pick.start! + (pick.hours ?? 1) * 60];
}

export function pickStatus(pick: Pick, calendar: RoomCalendar): PickStatus {
  const day = dayOf(calendar, pick.date);
  if (!day) return "out-of-range";
  if (day.closed) return "closed";
  if (!offerOf(calendar, pick.kind)) return "not-offered";
  if (pick.kind === "full") return day.full ? "free" : "taken";
  if (pick.kind === "lockout") return day.lockout ? "free" : "taken";
  if (pick.kind === "half") return day.half.includes(pick.start!) ? "free" : "taken";
  const [start, end] = pickRange(pick, day, calendar)!;
  return day.hourly.some(([from, to]) => from <= start && end <= to) ? "free" : "taken";
}

/** How a pick reads: "Full day", "Friday 4 December 2026", "10:00–22:00 GMT". */
export function describePick(pick: Pick, calendar: RoomCalendar | null) {
  const day = dayOf(calendar, pick.date);
  const range = calendar ? pickRange(pick, day, calendar) : null;
  const what = pick.kind === "hourly" ? `${pick.hours} hour${pick.hours === 1 ? "" : "s"}` : KIND_NAMES[pick.kind];
  return {
    what,
    date: formatCalendarDate(pick.date, "weekdayLong") + ` ${pick.date.slice(0, 4)}`,
    shortDate: formatCalendarDate(pick.date, "weekday"),
    time: range ? `${clock(range[0])}–${clock(range[1])} ${day?.zone ?? ""}`.trim() : pick.start !== undefined ? clock(pick.start) : "",
  };
}
