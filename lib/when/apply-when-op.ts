// One change to the "when" selection: the value of the button that was pressed. The picker runs
// it in the browser; without JavaScript the same button submits the form and the server runs it
// (the inquiry form's action, or /book), so both ways behave alike. Picks are checked against
// the calendar on screen; the server checks them again when the inquiry is sent.
import { formatCalendarDate } from "../time/format-studio-time";
import { clock, describePick, pickRange, pickStatus } from "./pick-facts";
import { dayOf, KIND_NAMES, offerOf, type CalendarDay, type RoomCalendar, type WhenView } from "./room-calendar";
import { comparePicks, isDate, parsePick, samePick, WHEN_KINDS, type Pick, type WhenKind, type WhenSelection } from "./when-selection";

export const MAX_PICKS = 10;

export type OpResult = { selection: WhenSelection; notices: string[]; focus?: WhenView["focus"] };
/** The hourly step's two fields, read when its "Add" button is pressed. */
export type HourlyFields = { hourlyStart?: string | null; hourlyHours?: string | null };

const longDate = (date: string) => formatCalendarDate(date, "weekdayLong");
const monthOf = (date: string) => date.slice(0, 7);

/** What the day has free of `kind`, in words. */
export function freeSummary(day: CalendarDay | undefined, kind: WhenKind, calendar: RoomCalendar): string {
  if (!day) return "not on the calendar";
  if (day.closed) return "the studio is closed";
  if (kind === "full") return day.full ? "free for a full day" : "no free full day";
  if (kind === "lockout") return day.lockout ? "free for a lockout" : "no free lockout day";
  if (kind === "half") return day.half.length ? `free half days from ${day.half.map(clock).join(" and ")} ${day.zone}` : "no free half day";
  const minHours = offerOf(calendar, "hourly")?.minHours ?? 1;
  return day.hourly.length ? `free hours ${day.hourly.map(([from, to]) => `${clock(from)}–${clock(to)}`).join(", ")} ${day.zone}` : `no ${minHours} free hours in a row`;
}

export const hasFree = (day: CalendarDay | undefined, kind: WhenKind) =>
  !!day && !day.closed && (kind === "full" ? day.full : kind === "lockout" ? day.lockout : kind === "half" ? day.half.length > 0 : day.hourly.length > 0);

export function applyWhenOp(selection: WhenSelection, op: string, calendar: RoomCalendar | null, fields: HourlyFields = {}): OpResult {
  const [name, ...rest] = op.split(":");
  const arg = rest.join(":");
  const same = (notices: string[] = [], focus?: OpResult["focus"]): OpResult => ({ selection, notices, focus });
  const next = (changes: Partial<WhenSelection>, notices: string[], focus?: OpResult["focus"]): OpResult => ({ selection: { ...selection, ...changes }, notices, focus });

  if (name === "skip") return next({ skip: true }, ["You will describe when in words: say so in “About your project”."]);
  if (name === "unskip") return next({ skip: false }, [], "kinds");
  if (name === "room") return next({ room: arg.toLowerCase() }, [], "kinds");
  if (!calendar) return same(["No room can be booked just now; describe when in words instead."]);

  if (name === "kind" && WHEN_KINDS.includes(arg as WhenKind) && offerOf(calendar, arg as WhenKind)) {
    const kind = arg as WhenKind;
    const firstFree = calendar.days.find((day) => hasFree(day, kind));
    const month = selection.day ? monthOf(selection.day) : (selection.month ?? (firstFree ? monthOf(firstFree.date) : monthOf(calendar.today)));
    const hint = firstFree ? `the first is ${longDate(firstFree.date)}` : "none in the months shown";
    return next({ kind, month }, [`${KIND_NAMES[kind]}: days with one free are marked on the calendar; ${hint}.`], "calendar");
  }
  if (name === "month" && /^\d{4}-\d{2}$/.test(arg)) {
    const months = calendar.days.map((day) => monthOf(day.date));
    const month = arg < months[0]! ? months[0]! : arg > months.at(-1)! ? months.at(-1)! : arg;
    return next({ month }, [formatCalendarDate(`${month}-01`, "long").replace(/^1 /, "")], "calendar");
  }
  if (name === "day" && isDate(arg)) {
    const day = dayOf(calendar, arg);
    if (!day) return same([`${longDate(arg)} is not on the calendar; pick a day from ${longDate(calendar.today)} on.`], "calendar");
    const kind = selection.kind;
    const moved = { day: arg, month: monthOf(arg) };
    if (kind !== "full" && kind !== "lockout") return next(moved, [`${longDate(arg)}: ${kind ? freeSummary(day, kind, calendar) : "choose a kind of session first"}.`], "day");
    const pick: Pick = { date: arg, kind };
    if (selection.picks.some((earlier) => samePick(earlier, pick))) return remove({ ...selection, ...moved }, pick, calendar);
    if (!hasFree(day, kind)) return next(moved, [`${longDate(arg)}: ${freeSummary(day, kind, calendar)}.`], "day");
    return add({ ...selection, ...moved }, pick, calendar);
  }
  if (name === "add") {
    const pick = parsePick(arg);
    return pick ? add(selection, pick, calendar) : same(["That time could not be read; pick it again."]);
  }
  if (name === "remove") {
    const pick = parsePick(arg);
    return pick ? remove(selection, pick, calendar) : same();
  }
  if (name === "hours" && isDate(arg)) return addHours(selection, arg, calendar, fields);
  return same();
}

function add(selection: WhenSelection, pick: Pick, calendar: RoomCalendar): OpResult {
  const { what, date, time } = describePick(pick, calendar);
  const moved = { ...selection, day: pick.date, month: monthOf(pick.date), kind: pick.kind };
  if (pickStatus(pick, calendar) !== "free") return { selection: moved, notices: [`${what} on ${date}${time ? ` (${time})` : ""} is not free; choose another time.`], focus: "day" };
  const range = pickRange(pick, dayOf(calendar, pick.date), calendar)!;
  const overlapping = selection.picks.filter((earlier) => {
    if (earlier.date !== pick.date) return false;
    const other = pickRange(earlier, dayOf(calendar, earlier.date), calendar);
    return !!other && other[0] < range[1] && range[0] < other[1];
  });
  const kept = selection.picks.filter((earlier) => !overlapping.includes(earlier));
  if (kept.length >= MAX_PICKS) return { selection: moved, notices: [`You can ask for up to ${MAX_PICKS} blocks of time in one inquiry; remove one first, or describe the rest in words.`], focus: "picked" };
  const picks = [...kept, pick].sort(comparePicks);
  const replaced = overlapping.length ? ` It replaces ${overlapping.map((earlier) => describePick(earlier, calendar).what.toLowerCase()).join(" and ")} that day.` : "";
  return { selection: { ...moved, picks }, notices: [`Added: ${what.toLowerCase()} on ${date}, ${time}.${replaced} ${picks.length} selected.`], focus: "picked" };
}

function remove(selection: WhenSelection, pick: Pick, calendar: RoomCalendar): OpResult {
  const picks = selection.picks.filter((earlier) => !samePick(earlier, pick));
  const { what, date } = describePick(pick, calendar);
  return { selection: { ...selection, picks }, notices: [`Removed: ${what.toLowerCase()} on ${date}. ${picks.length} selected.`], focus: "picked" };
}

function addHours(selection: WhenSelection, date: string, calendar: RoomCalendar, { hourlyStart, hourlyHours }: HourlyFields): OpResult {
  const offer = offerOf(calendar, "hourly");
  const match = /^(\d{2}):(\d{2})$/.exec(hourlyStart ?? "");
  const hours = Number(hourlyHours);
  const moved = { ...selection, day: date, month: monthOf(date), kind: "hourly" as const };
  if (!offer || !match || !Number.isInteger(hours)) return { selection: moved, notices: ["Choose a start time and how many hours."], focus: "day" };
  const start = Number(match[1]) * 60 + Number(match[2]);
  if (hours < (offer.minHours ?? 1)) return { selection: moved, notices: [`Hours are booked ${offer.minHours} or more at a time.`], focus: "day" };
  const day = dayOf(calendar, date);
  const window = day?.hourly.find(([from, to]) => from <= start && start < to);
  if (window && start + hours * 60 > window[1]) {
    const most = Math.floor((window[1] - start) / 60);
    return { selection: moved, notices: [`From ${clock(start)} ${day!.zone} there ${most === 1 ? "is 1 free hour" : `are ${most} free hours`} that day; choose an earlier start or fewer hours.`], focus: "day" };
  }
  return add(selection, { date, kind: "hourly", start, hours }, calendar);
}
