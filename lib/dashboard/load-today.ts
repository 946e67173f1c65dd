// The day sheet /admin opens on: today's and tomorrow's sessions room by room, holds that end
// within two days, what artists have asked that nobody has acted on, and the leads still waiting
// for a first answer, oldest first. Every time in the studio's zone, with its abbreviation.
import type { Database } from "../database/create-prisma-client";
import type { ArtistRequestKind } from "../generated/prisma/client";
import { loadStudioSettings } from "../studio/load-studio-settings";
import { formatCalendarDate, formatStudioClock, formatStudioDateTime, formatStudioRange } from "../time/format-studio-time";
import { addDays, instantToWallClock, todayIn, wallClockToInstant } from "../time/zoned-time";

type LeadRef = { leadId: string; who: string; reference: string };
export type TodaySession = LeadRef & { id: string; when: string; status: "HOLD" | "CONFIRMED"; people: string[] };
export type TodayView = {
  days: { date: string; label: string; rooms: { id: string; name: string; sessions: TodaySession[] }[] }[];
  holdsEnding: (LeadRef & { endsAt: string; days: string[] })[];
  requests: (LeadRef & { id: string; kind: ArtistRequestKind; about: string; asked: string })[];
  waiting: (LeadRef & { received: string; waitedMs: number })[];
};

const HOUR_MS = 3_600_000;
const HOLDS_WITHIN_MS = 48 * HOUR_MS;
const WAITING_SHOWN = 10;

type Lead = { id: string; name: string; artistName: string | null; reference: string; erasedAt: Date | null };
const refOf = (lead: Lead): LeadRef => ({ leadId: lead.id, reference: lead.reference, who: lead.erasedAt ? "Erased lead" : lead.artistName && lead.artistName !== lead.name ? `${lead.artistName} (${lead.name})` : lead.name });
const LEAD = { select: { id: true, name: true, artistName: true, reference: true, erasedAt: true } } as const;

export async function loadToday(db: Database, now = new Date()): Promise<TodayView> {
  const { timeZone } = await loadStudioSettings(db);
  const today = todayIn(timeZone, now);
  const dates = [today, addDays(today, 1)];
  const from = wallClockToInstant(today, 0, timeZone);
  const to = wallClockToInstant(addDays(today, 2), 0, timeZone);
  const [rooms, sessions, holds, requests, waiting] = await Promise.all([
    db.room.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.booking.findMany({
      where: { startsAt: { lt: to }, endsAt: { gt: from }, OR: [{ status: "CONFIRMED" }, { status: "HOLD", holdExpiresAt: { gt: now } }] },
      orderBy: { startsAt: "asc" },
      select: { id: true, roomId: true, startsAt: true, endsAt: true, status: true, inquiry: LEAD, people: { orderBy: { role: "asc" }, select: { role: true, user: { select: { name: true, email: true } } } } },
    }),
    db.booking.findMany({
      where: { status: "HOLD", holdExpiresAt: { gt: now, lte: new Date(now.getTime() + HOLDS_WITHIN_MS) } },
      orderBy: [{ holdExpiresAt: "asc" }, { startsAt: "asc" }],
      select: { groupId: true, startsAt: true, endsAt: true, holdExpiresAt: true, inquiry: LEAD },
    }),
    db.artistRequest.findMany({
      where: { handledAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, createdAt: true, bookingId: true, inquiry: LEAD, booking: { select: { startsAt: true, endsAt: true } } },
    }),
    db.inquiry.findMany({ where: { status: "NEW", isSpam: false, erasedAt: null }, orderBy: { createdAt: "asc" }, take: WAITING_SHOWN, select: { ...LEAD.select, createdAt: true } }),
  ]);

  const days = dates.map((date) => ({
    date,
    label: date === today ? `Today, ${formatCalendarDate(date, "weekday")}` : `Tomorrow, ${formatCalendarDate(date, "weekday")}`,
    rooms: rooms.map((room) => ({
      ...room,
      sessions: sessions
        .filter((session) => session.roomId === room.id && instantToWallClock(session.startsAt, timeZone).date <= date && instantToWallClock(new Date(session.endsAt.getTime() - 1), timeZone).date >= date)
        .map((session) => ({
          ...refOf(session.inquiry),
          id: session.id,
          when: `${formatStudioClock(session.startsAt, timeZone)} – ${formatStudioClock(session.endsAt, timeZone)}`,
          status: session.status as TodaySession["status"],
          people: session.people.map(({ role, user }) => `${role === "ENGINEER" ? "Engineer" : "Producer"}: ${user.name || user.email}`),
        })),
    })),
  }));

  // One line per booking on hold: its earliest end, and its days.
  const byBooking = new Map<string, TodayView["holdsEnding"][number]>();
  for (const hold of holds) {
    const line = byBooking.get(hold.groupId) ?? { ...refOf(hold.inquiry), endsAt: formatStudioDateTime(hold.holdExpiresAt!, timeZone), days: [] };
    line.days.push(formatStudioRange(hold.startsAt, hold.endsAt, timeZone));
    byBooking.set(hold.groupId, line);
  }

  return {
    days,
    holdsEnding: [...byBooking.values()],
    requests: requests.map((request) => ({
      ...refOf(request.inquiry),
      id: request.id,
      kind: request.kind,
      about: request.booking ? formatStudioRange(request.booking.startsAt, request.booking.endsAt, timeZone) : "the whole booking",
      asked: formatStudioDateTime(request.createdAt, timeZone),
    })),
    waiting: waiting.map((lead) => ({ ...refOf(lead), received: formatStudioDateTime(lead.createdAt, timeZone), waitedMs: now.getTime() - lead.createdAt.getTime() })),
  };
}
