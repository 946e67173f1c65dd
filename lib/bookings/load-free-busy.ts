// What the staff booking form shows beside the days being chosen: for each day, the studio's hours,
// and when the chosen room and each chosen person are already taken (live sessions, any lead,
// with the lead's reference, since staff may see whose). Read in one query.
import type { AdminActionState } from "../auth/admin-action-state";
import type { Database } from "../database/create-prisma-client";
import { listClosures } from "../studio/list-closures";
import { loadStudioSettings } from "../studio/load-studio-settings";
import { formatCalendarDate, formatStudioClock } from "../time/format-studio-time";
import { isLocalDate, wallClockToInstant, weekdayOf, type LocalDate } from "../time/zoned-time";
import { isUuid } from "../validation/is-uuid";

export type FreeBusyDay = {
  date: LocalDate;
  /** "Thu 10 Dec" */
  label: string;
  /** "10:00 GMT – 22:00 GMT", "Closed" or the closure's reason. */
  hours: string;
  rows: { who: string; busy: string[] }[];
};

/** What the panel's server action answers: the days, or why not (the session ended, say). */
export type FreeBusyState = AdminActionState | { status: "success"; message: string; days: FreeBusyDay[] };

const MAX_DAYS = 14;

export async function loadFreeBusy(
  db: Database,
  { roomId, people, dates, now = new Date() }: { roomId: string; people: { id: string; name: string }[]; dates: string[]; now?: Date },
): Promise<FreeBusyDay[]> {
  const days = [...new Set(dates.filter(isLocalDate))].sort().slice(0, MAX_DAYS);
  if (!isUuid(roomId) || days.length === 0) return [];
  const userIds = people.map((person) => person.id).filter(isUuid);
  const { timeZone, openingHours } = await loadStudioSettings(db);
  const bounds = days.map((date) => ({ date, start: wallClockToInstant(date, 0, timeZone), end: wallClockToInstant(date, 1440, timeZone) }));
  const [closures, sessions, room] = await Promise.all([
    listClosures(db, { from: days[0]!, to: days.at(-1)! }),
    db.booking.findMany({
      where: {
        status: { in: ["HOLD", "CONFIRMED"] },
        startsAt: { lt: bounds.at(-1)!.end },
        endsAt: { gt: bounds[0]!.start },
        OR: [{ roomId }, { people: { some: { userId: { in: userIds } } } }],
      },
      orderBy: { startsAt: "asc" },
      select: { roomId: true, startsAt: true, endsAt: true, status: true, holdExpiresAt: true, inquiry: { select: { reference: true } }, people: { select: { userId: true } } },
    }),
    db.room.findUnique({ where: { id: roomId }, select: { name: true } }),
  ]);
  // An overdue hold no longer blocks anyone, though the sweep may not have reached it yet.
  const live = sessions.filter((session) => session.status === "CONFIRMED" || !session.holdExpiresAt || session.holdExpiresAt > now);
  const clock = (instant: Date) => formatStudioClock(instant, timeZone);
  const describe = (session: (typeof live)[number]) =>
    `${clock(session.startsAt)} – ${clock(session.endsAt)} (${session.status === "HOLD" ? "hold" : "confirmed"}, ${session.inquiry.reference})`;
  return bounds.map(({ date, start, end }) => {
    const today = live.filter((session) => session.startsAt < end && session.endsAt > start);
    const closure = closures.find((closed) => closed.startsOn <= date && date <= closed.endsOn);
    const open = openingHours.find((row) => row.weekday === weekdayOf(date));
    const hours = closure
      ? `Closed: ${closure.reason}`
      : open
        ? `${clock(wallClockToInstant(date, open.opensAt, timeZone))} – ${clock(wallClockToInstant(date, open.closesAt, timeZone))}`
        : "Closed";
    return {
      date,
      label: formatCalendarDate(date, "weekdayShort"),
      hours,
      rows: [
        { who: room?.name ?? "Room", busy: today.filter((session) => session.roomId === roomId).map(describe) },
        ...people.map((person) => ({ who: person.name, busy: today.filter((session) => session.people.some((p) => p.userId === person.id)).map(describe) })),
      ],
    };
  });
}
