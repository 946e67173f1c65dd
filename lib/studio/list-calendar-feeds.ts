import type { Database } from "../database/create-prisma-client";
import type { CalendarFeedOwner } from "./rotate-calendar-feed";

export type CalendarFeedView = CalendarFeedOwner & { label: string; token: string };

/**
 * Every room's feed and every active person's, with the secret token (for owners' eyes only:
 * anyone holding it can read that calendar).
 */
export async function listCalendarFeeds(db: Database): Promise<CalendarFeedView[]> {
  const [rooms, people] = await Promise.all([
    db.room.findMany({ select: { id: true, name: true, active: true, calendarFeedToken: true }, orderBy: [{ active: "desc" }, { name: "asc" }] }),
    db.user.findMany({ where: { deactivatedAt: null }, select: { id: true, name: true, email: true, calendarFeedToken: true }, orderBy: [{ name: "asc" }, { email: "asc" }] }),
  ]);
  return [
    ...rooms.map((room) => ({ kind: "room" as const, id: room.id, label: room.active ? room.name : `${room.name} (not bookable)`, token: room.calendarFeedToken })),
    ...people.map((person) => ({ kind: "person" as const, id: person.id, label: person.name ?? person.email, token: person.calendarFeedToken })),
  ];
}
