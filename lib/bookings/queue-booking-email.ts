import { artistPortalUrl, portalSigningKey } from "../artist-portal/artist-portal-url";
import { buildIcs, type IcsEvent } from "../calendar/build-ics";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { isUuid } from "../validation/is-uuid";
import type { Transaction } from "../database/transaction";
import { lockLeadUnlessErased } from "../leads/lock-lead";
import { formatStudioDate, formatStudioRange } from "../time/format-studio-time";
import { previousBookingInvitations, type PreviousInvitation } from "./queue-booking-email-previous";
import { skillLabel } from "../calendar/session-people";
import { sessionUid } from "../calendar/session-uid";
import { queueEmail } from "../outbox/queue-email";

export type BookingEmailChange = "confirmed" | "moved" | "cancelled";

export const BOOKING_EMAIL_KINDS = {
  confirmed: "booking.confirmed",
  moved: "booking.changed",
  cancelled: "booking.cancelled",
} as const satisfies Record<BookingEmailChange, string>;

/** What the sessions must be by the time their email is queued (the caller updates them first). */
const STATUS_AFTER: Record<BookingEmailChange, "CONFIRMED" | "CANCELLED"> = { confirmed: "CONFIRMED", moved: "CONFIRMED", cancelled: "CANCELLED" };

type EmailedSession = {
  id: string;
  inquiryId: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  sequence: number;
  room: { name: string };
  people: { role: keyof typeof skillLabel; user: { name: string | null } }[];
};

/**
 * Queues the artist's one email about sessions of a lead that were just confirmed, moved or
 * cancelled together (one day, or every day of a booking), with the calendar part fixed as it is
 * now: one event per session, each with the same UID for the session's whole life and the
 * SEQUENCE from its row, so the artist's calendar replaces its entries instead of adding more.
 * Runs in the caller's transaction, after the sessions were updated. Returns the outbox row's id,
 * or null when the lead was erased (nothing personal is written for it again).
 */
export async function queueBookingEmail(tx: Transaction, { bookingIds, change, now }: { bookingIds: string[]; change: BookingEmailChange; now: Date }, settings: EmailSettings): Promise<string | null> {
  if (bookingIds.length === 0 || !bookingIds.every(isUuid)) throw new ExpectedError("booking-not-found");
  const sessions: EmailedSession[] = await tx.booking.findMany({
    where: { id: { in: bookingIds } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      inquiryId: true,
      startsAt: true,
      endsAt: true,
      status: true,
      sequence: true,
      room: { select: { name: true } },
      people: { select: { role: true, user: { select: { name: true } } }, orderBy: { role: "asc" } },
    },
  });
  if (sessions.length !== new Set(bookingIds).size) throw new ExpectedError("booking-not-found");
  const inquiryId = sessions[0]!.inquiryId;
  for (const session of sessions) {
    if (session.status !== STATUS_AFTER[change]) {
      throw new Error(`queueBookingEmail: a "${change}" email needs ${STATUS_AFTER[change]} sessions, and ${session.id} is ${session.status}`);
    }
    if (session.inquiryId !== inquiryId) throw new Error("queueBookingEmail: one email is about one lead's sessions");
  }
  if (!(await lockLeadUnlessErased(tx, inquiryId, "share"))) return null;
  const inquiry = await tx.inquiry.findUniqueOrThrow({ where: { id: inquiryId }, select: { id: true, name: true, email: true, reference: true } });
  const { timeZone } = await tx.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } });

  const method = change === "cancelled" ? "CANCEL" : "REQUEST";
  const uidOf = (session: EmailedSession) => sessionUid(session.id, settings.appUrl);
  const previous = change === "moved" ? await previousBookingInvitations(tx, { inquiryId, uids: sessions.map(uidOf), kinds: Object.values(BOOKING_EMAIL_KINDS) }) : new Map<string, PreviousInvitation>();
  const events: IcsEvent[] = [];
  const described = [];
  for (const session of sessions) {
    const uid = uidOf(session);
    const location = `${settings.studio.name}, ${session.room.name}`;
    const people = session.people.map((person) => ({ role: skillLabel[person.role], name: person.user.name || "One of our team" }));
    events.push({
      uid,
      sequence: session.sequence,
      start: session.startsAt,
      end: session.endsAt,
      stamp: now,
      summary: `Session at ${settings.studio.name} (${session.room.name})`,
      // The private link stays out: calendars are shared far more freely than a mailbox.
      description: [...people.map((person) => `${person.role}: ${person.name}`), `Your reference: ${inquiry.reference}`].join("\n"),
      location,
      status: STATUS_AFTER[change],
      organizer: { name: settings.studio.name, email: settings.studio.email },
      attendee: { name: inquiry.name, email: inquiry.email },
    });
    const before = beforeTheMove(previous.get(uid), { timeZone, session, location });
    described.push({ when: formatStudioRange(session.startsAt, session.endsAt, timeZone), room: session.room.name, before, people });
  }

  const days = sessions.map((session) => formatStudioDate(session.startsAt, timeZone));
  const dayList = days.length === 1 ? days[0]! : `${days.slice(0, -1).join(", ")} and ${days.at(-1)}`;
  const noun = sessions.length === 1 ? "Session" : "Sessions";
  const subject = change === "confirmed" ? `${noun} confirmed: ${dayList}` : change === "moved" ? `${noun} moved: now ${dayList}` : `${noun} cancelled: ${dayList}`;
  // The email describes the sessions as they are at this moment: those words are stored with the
  // message, so a retry tomorrow still sends what matched the invitation; the sender renders them.
  return queueEmail(
    tx,
    BOOKING_EMAIL_KINDS[change],
    {
      to: inquiry.email,
      replyTo: settings.studio.email,
      subject: `${subject} (${inquiry.reference})`,
      inquiryId,
      data: {
        firstName: inquiry.name.split(" ")[0] || inquiry.name,
        reference: inquiry.reference,
        change,
        sessions: described,
        portalUrl: await artistPortalUrl(tx, { inquiryId, appUrl: settings.appUrl, now, ...portalSigningKey(settings) }),
      },
      calendar: { method, content: buildIcs({ method, events }) },
    },
    { appUrl: settings.appUrl, now },
  );
}

/** Where and when the session was, from the invitation the artist holds, if that differs. */
function beforeTheMove(previous: PreviousInvitation | undefined, { timeZone, session, location }: { timeZone: string; session: { startsAt: Date; endsAt: Date }; location: string }) {
  if (!previous) return null;
  const sameTime = previous.start.getTime() === session.startsAt.getTime() && previous.end.getTime() === session.endsAt.getTime();
  const sameRoom = previous.location === null || previous.location === location;
  if (sameTime && sameRoom) return null;
  return { when: formatStudioRange(previous.start, previous.end, timeZone), room: sameRoom ? null : previous.location };
}
