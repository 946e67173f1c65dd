// The picks of the "when" step as the `sessionRequest` createInquiry takes: each pick's stretch
// of its day (pick-facts.ts) turned into instants in the studio's zone. What no pick can be
// (a past or closed day, a kind the room does not sell, a lockout short of its run) is said here
// in the artist's terms; the rest (free or not, overlaps, the limit of ten) is createInquiry's.
import type { SessionRequest, SessionRequestBlock } from "../session-requests/session-request-schema";
import { formatCalendarDate } from "../time/format-studio-time";
import { wallClockToInstant } from "../time/zoned-time";
import { MAX_PICKS } from "./apply-when-op";
import { estimatePicks } from "./estimate-picks";
import { clock, describePick, pickRange } from "./pick-facts";
import { dayOf, KIND_NAMES, offerOf, type RoomCalendar } from "./room-calendar";
import type { WhenSelection } from "./when-selection";

export function picksToSessionRequest(selection: WhenSelection, calendar: RoomCalendar | null): { sessionRequest?: SessionRequest; problems: string[] } {
  if (selection.skip || selection.picks.length === 0) return { problems: [] };
  if (!calendar || calendar.roomId !== selection.room) return { problems: ["The room you picked can no longer be booked; choose a room and your days again."] };
  if (selection.picks.length > MAX_PICKS) return { problems: [`Ask for at most ${MAX_PICKS} blocks of time in one inquiry; remove ${selection.picks.length - MAX_PICKS}, or describe the rest in words.`] };
  const problems: string[] = [];
  const refuse = (message: string): SessionRequestBlock[] => (problems.push(message), []);
  const blocks = selection.picks.flatMap((pick): SessionRequestBlock[] => {
    const { what, date } = describePick(pick, calendar);
    const day = dayOf(calendar, pick.date);
    const offer = offerOf(calendar, pick.kind);
    const last = calendar.days.at(-1)!.date;
    if (!day && pick.date < calendar.today) return refuse(`${what} on ${date}: that day has passed; pick a later one.`);
    if (!day) return refuse(`${what} on ${date}: the calendar goes up to ${formatCalendarDate(last, "long")}; describe later dates in words.`);
    if (day.closed) return refuse(`${what} on ${date}: the studio is closed that day.`);
    if (!offer) return refuse(`${what} on ${date}: ${calendar.roomName} does not sell ${KIND_NAMES[pick.kind].toLowerCase()} sessions; choose another kind.`);
    if (pick.kind === "half" && !offer.startTimes?.includes(pick.start!)) return refuse(`${what} on ${date}: half days start at ${offer.startTimes!.map(clock).join(" or ")}.`);
    const [start, end] = pickRange(pick, day, calendar)!;
    if (pick.kind === "hourly" && (pick.hours ?? 0) < (offer.minHours ?? 1)) return refuse(`${what} on ${date}: hours are booked ${offer.minHours} or more at a time.`);
    if (start < day.opensAt || end > day.closesAt) return refuse(`${what} on ${date} is outside opening hours (${clock(day.opensAt)}–${clock(day.closesAt)} ${day.zone}).`);
    return [{ start: wallClockToInstant(pick.date, start, calendar.timeZone).toISOString(), end: wallClockToInstant(pick.date, end, calendar.timeZone).toISOString() }];
  });
  const { shortLockout } = estimatePicks(selection.picks, calendar);
  const lockout = offerOf(calendar, "lockout");
  if (shortLockout.length > 0 && lockout) {
    problems.push(`A lockout is at least ${lockout.minDays} days in a row: add days next to ${shortLockout.map((date) => formatCalendarDate(date, "weekdayShort")).join(", ")}, or pick full days instead.`);
  }
  return problems.length > 0 ? { problems } : { sessionRequest: { roomId: calendar.roomId, blocks }, problems };
}
