// The free times an artist may move a session to from their page: the same room and the same
// kind of session (a half day to a free half day, a full day to a free full day, so many hours
// to as many whole hours, a few starts a day nearest its own), over the next four weeks, from the availability the public calendar
// shows. A lockout day has none: moving one day alone would break its run, so that is asked.
import { loadOfferAvailability } from "../availability/load-offer-availability";
import type { Database } from "../database/create-prisma-client";
import { instantToWallClock } from "../time/zoned-time";

export type MoveOption = { start: Date; end: Date };
export type MovableSession = { id: string; roomId: string; startsAt: Date; endsAt: Date; pricing: "HOURLY" | "DAY" };
type Availability = NonNullable<Awaited<ReturnType<typeof loadOfferAvailability>>>;

const DAYS = 28;
const HOUR_MS = 3_600_000;
/** By the hour, a day offers many starts: these few, nearest the session's own start time. */
const HOURLY_STARTS_PER_DAY = 3;
/** The studio needs a day's notice of a move: nothing sooner is offered. */
const NOTICE_MS = 24 * HOUR_MS;
/** Enough to choose from in one list; the earliest first. */
const MAX_OPTIONS = 90;

/** Each session's options, by its id: each room's availability is read once, for all its sessions. */
export async function listMoveOptions(db: Database, sessions: MovableSession[], now: Date): Promise<Map<string, MoveOption[]>> {
  const roomIds = [...new Set(sessions.map((session) => session.roomId))];
  const byRoom = new Map(await Promise.all(roomIds.map(async (roomId) => [roomId, await loadOfferAvailability(db, { days: DAYS, roomId, now })] as const)));
  return new Map(sessions.map((session) => {
    const availability = byRoom.get(session.roomId);
    return [session.id, availability ? optionsFrom(availability, session, now) : []];
  }));
}

function optionsFrom(availability: Availability, session: MovableSession, now: Date): MoveOption[] {
  const kindOf = new Map(availability.offers.map((offer) => [offer.id, offer]));
  const length = session.endsAt.getTime() - session.startsAt.getTime();
  const usualStart = instantToWallClock(session.startsAt, availability.timeZone).minutes;
  const options: MoveOption[] = [];
  for (const day of availability.rooms[0]?.days ?? []) {
    const hourly: MoveOption[] = [];
    for (const free of day.free) {
      const offer = kindOf.get(free.offer);
      const start = Date.parse(free.start);
      const end = Date.parse(free.end);
      if (!offer || offer.kind === "LOCKOUT") continue;
      if (offer.kind === "HOURLY") {
        // Whole hours within the free window, as many as the session has.
        if (session.pricing !== "HOURLY" || length % HOUR_MS !== 0 || length < (offer.minHours ?? 1) * HOUR_MS) continue;
        for (let at = start; at + length <= end; at += HOUR_MS) hourly.push({ start: new Date(at), end: new Date(at + length) });
      } else if (session.pricing === "DAY" && end - start === length) {
        options.push({ start: new Date(start), end: new Date(end) });
      }
    }
    const distance = (option: MoveOption) => Math.abs(instantToWallClock(option.start, availability.timeZone).minutes - usualStart);
    options.push(...hourly.sort((a, b) => distance(a) - distance(b)).slice(0, HOURLY_STARTS_PER_DAY));
  }
  const seen = new Set<number>();
  return options
    .filter((option) => option.start.getTime() >= now.getTime() + NOTICE_MS && !seen.has(option.start.getTime()) && seen.add(option.start.getTime()))
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(0, MAX_OPTIONS);
}

/** How an option travels in a form: its two instants, which the server finds again among the options. */
export const moveOptionValue = (option: MoveOption) => `${option.start.toISOString()}/${option.end.toISOString()}`;
