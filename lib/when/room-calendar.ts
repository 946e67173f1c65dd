// The picker's data for one room, as the server sends it to the page: the room's offers and,
// per studio-local day of the months on show, its opening hours and what is free of each kind,
// in wall-clock minutes (the zone arithmetic is done on the server, so the browser needs no
// time-zone library). Small on purpose: a few kilobytes for four months.
import type { LocalDate } from "../time/zoned-time";
import type { WhenKind, WhenSelection } from "./when-selection";

export type WhenOffer = {
  kind: WhenKind;
  label: string;
  priceMinor: number;
  minHours?: number;
  blockMinutes?: number;
  startTimes?: number[];
  minDays?: number;
};

/** A stretch of a day in minutes after its midnight, [start, end). */
export type MinuteRange = [start: number, end: number];

export type CalendarDay = {
  date: LocalDate;
  closed: boolean;
  opensAt: number;
  closesAt: number;
  /** The zone's short name that day ("GMT", "BST"). */
  zone: string;
  full: boolean;
  lockout: boolean;
  /** Start minutes of the free half days. */
  half: number[];
  /** Free windows an hourly booking may be taken from (each at least the minimum). */
  hourly: MinuteRange[];
  /** Taken stretches, whoever's (never named). */
  busy: MinuteRange[];
};

export type RoomCalendar = {
  roomId: string;
  roomName: string;
  description: string;
  timeZone: string;
  currency: string;
  /** Hours requested time is held for, or null when the studio holds none automatically. */
  holdHours: number | null;
  today: LocalDate;
  days: CalendarDay[];
  offers: WhenOffer[];
};

/** What the picker renders: the rooms to choose from, the chosen room's calendar and the selection. */
export type WhenView = {
  rooms: { id: string; name: string }[];
  calendar: RoomCalendar | null;
  selection: WhenSelection;
  /** Said in the live region after a change (and on the page without JavaScript). */
  notices: string[];
  /** Where focus goes after a change made without JavaScript. */
  focus?: "kinds" | "calendar" | "day" | "picked";
  /** Changes whenever the server answers, so the picker starts again from this view. */
  token: string;
};

export const KIND_NAMES: Record<WhenKind, string> = { hourly: "By the hour", half: "Half day", full: "Full day", lockout: "Lockout" };

export const offerOf = (calendar: RoomCalendar | null, kind: WhenKind | null) => calendar?.offers.find((offer) => offer.kind === kind);
export const dayOf = (calendar: RoomCalendar | null, date: LocalDate | null) => calendar?.days.find((day) => day.date === date);
