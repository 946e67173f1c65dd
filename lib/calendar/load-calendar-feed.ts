// A room's or a person's private iCal feed. The secret token in the URL is the only credential,
// so anything that is not exactly a token the studio issued finds nothing. The events carry as
// little personal data as will do: the lead's reference, the room and the staff's roles; the
// artist's details stay behind the sign-in, one link away.
import type { Database } from "../database/create-prisma-client";
import { buildIcs, type IcsEvent } from "./build-ics";
import { findLiveSessions, type CalendarSession, type CalendarSubject } from "./find-live-sessions";
import { describePeople, rolesOf } from "./session-people";
import { sessionUid } from "./session-uid";

/** Tokens are 32 random bytes in lowercase hex (see the migration and rotateCalendarFeed). */
const TOKEN = /^[0-9a-f]{64}$/;
const DAY = 86_400_000;
/** How far back and ahead the feed reaches: recent history for context, a year of plans. */
const PAST_DAYS = 60;
const FUTURE_DAYS = 365;

export type CalendarFeedOptions = { appUrl: string; studioName: string; now?: Date };

/** The feed's iCalendar text, or null when the token belongs to no room and no active person. */
export async function loadCalendarFeed(db: Database, token: string, { appUrl, studioName, now = new Date() }: CalendarFeedOptions): Promise<string | null> {
  if (!TOKEN.test(token)) return null;
  const owner = await findFeedOwner(db, token);
  if (!owner) return null;

  const sessions = await findLiveSessions(db, {
    subject: owner.subject,
    from: new Date(now.getTime() - PAST_DAYS * DAY),
    to: new Date(now.getTime() + FUTURE_DAYS * DAY),
  });
  const base = appUrl.replace(/\/+$/, "");
  return buildIcs({
    method: "PUBLISH",
    name: `${studioName} – ${owner.name}`,
    events: sessions.map((session) => feedEvent(session, owner.subject, { base, now })),
  });
}

async function findFeedOwner(db: Database, token: string): Promise<{ subject: CalendarSubject; name: string } | null> {
  const [room, user] = await Promise.all([
    db.room.findUnique({ where: { calendarFeedToken: token }, select: { id: true, name: true } }),
    db.user.findUnique({ where: { calendarFeedToken: token }, select: { id: true, name: true, email: true, deactivatedAt: true } }),
  ]);
  if (room) return { subject: { kind: "room", id: room.id }, name: room.name };
  // A person who has left keeps no window onto the studio's calendar.
  if (user && !user.deactivatedAt) return { subject: { kind: "person", id: user.id }, name: user.name ?? user.email };
  return null;
}

function feedEvent(session: CalendarSession, subject: CalendarSubject, { base, now }: { base: string; now: Date }): IcsEvent {
  const hold = session.status === "HOLD";
  const roles = subject.kind === "person" ? rolesOf(session.people, subject.id) : "";
  const leadUrl = `${base}/admin/leads/${session.inquiryId}`;
  const people = describePeople(session.people);
  return {
    uid: sessionUid(session.id, base),
    sequence: session.sequence,
    start: session.startsAt,
    end: session.endsAt,
    stamp: now,
    summary: [`${hold ? "Hold: " : ""}${session.reference}`, session.roomName, roles].filter(Boolean).join(" · "),
    description: [
      hold ? "On hold: not confirmed yet." : "Confirmed.",
      `Room: ${session.roomName}`,
      people || "No engineer or producer assigned.",
      `Lead ${session.reference}: ${leadUrl}`,
    ].join("\n"),
    location: session.roomName,
    url: leadUrl,
    status: hold ? "TENTATIVE" : "CONFIRMED",
  };
}
