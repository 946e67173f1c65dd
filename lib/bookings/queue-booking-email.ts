import { artistPortalUrl, portalSigningKey } from "../artist-portal/artist-portal-url";
import { buildIcs } from "../calendar/build-ics";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { isUuid } from "../validation/is-uuid";
import type { Transaction } from "../database/transaction";
import { lockLeadUnlessErased } from "../leads/lock-lead";
import { formatStudioDate, formatStudioRange } from "../time/format-studio-time";
import { previousBookingInvitation } from "./queue-booking-email-previous";
import { skillLabel } from "../calendar/session-people";
import { sessionUid } from "../calendar/session-uid";
import { queueEmail } from "../outbox/queue-email";

export type BookingEmailChange = "confirmed" | "moved" | "cancelled";

export const BOOKING_EMAIL_KINDS = {
  confirmed: "booking.confirmed",
  moved: "booking.changed",
  cancelled: "booking.cancelled",
} as const satisfies Record<BookingEmailChange, string>;

/** What the session must be by the time its email is queued (the caller updates it first). */
const STATUS_AFTER: Record<BookingEmailChange, "CONFIRMED" | "CANCELLED"> = { confirmed: "CONFIRMED", moved: "CONFIRMED", cancelled: "CANCELLED" };

/**
 * Queues the artist's email about a session that was just confirmed, moved or cancelled, with the
 * calendar invitation (or its cancellation) fixed as it is now: same UID for the session's whole
 * life, SEQUENCE from the booking, so the artist's calendar replaces its entry instead of adding
 * one. Runs in the caller's transaction, after the booking was updated. Returns the outbox row's
 * id, or null when the lead was erased (nothing personal is written for it again).
 */
export async function queueBookingEmail(tx: Transaction, { bookingId, change, now }: { bookingId: string; change: BookingEmailChange; now: Date }, settings: EmailSettings): Promise<string | null> {
  if (!isUuid(bookingId)) throw new ExpectedError("booking-not-found");
  const booking = await tx.booking.findUnique({
    where: { id: bookingId },
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
  if (!booking) throw new ExpectedError("booking-not-found");
  if (booking.status !== STATUS_AFTER[change]) {
    throw new Error(`queueBookingEmail: a "${change}" email needs a ${STATUS_AFTER[change]} session, and ${booking.id} is ${booking.status}`);
  }
  if (!(await lockLeadUnlessErased(tx, booking.inquiryId, "share"))) return null;
  const inquiry = await tx.inquiry.findUniqueOrThrow({ where: { id: booking.inquiryId }, select: { id: true, name: true, email: true, reference: true } });
  const { timeZone } = await tx.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } });

  const uid = sessionUid(booking.id, settings.appUrl);
  const location = `${settings.studio.name}, ${booking.room.name}`;
  const people = booking.people.map((person) => ({ role: skillLabel[person.role], name: person.user.name || "One of our team" }));
  const before = change === "moved" ? await beforeTheMove(tx, { inquiryId: inquiry.id, uid, timeZone, booking, location }) : null;
  const portalUrl = await artistPortalUrl(tx, { inquiryId: inquiry.id, appUrl: settings.appUrl, now, ...portalSigningKey(settings) });

  const method = change === "cancelled" ? "CANCEL" : "REQUEST";
  const calendarContent = buildIcs({
    method,
    events: [
      {
        uid,
        sequence: booking.sequence,
        start: booking.startsAt,
        end: booking.endsAt,
        stamp: now,
        summary: `Session at ${settings.studio.name} (${booking.room.name})`,
        // The private link stays out: calendars are shared far more freely than a mailbox.
        description: [...people.map((person) => `${person.role}: ${person.name}`), `Your reference: ${inquiry.reference}`].join("\n"),
        location,
        status: STATUS_AFTER[change],
        organizer: { name: settings.studio.name, email: settings.studio.email },
        attendee: { name: inquiry.name, email: inquiry.email },
      },
    ],
  });

  const day = formatStudioDate(booking.startsAt, timeZone);
  const subject =
    change === "confirmed" ? `Session confirmed: ${day}` : change === "moved" ? `Session moved: now ${day}` : `Session cancelled: ${day}`;
  // The email describes the session as it is at this moment: those words are stored with the
  // message, so a retry tomorrow still sends what matched the invitation; the sender renders them.
  return queueEmail(
    tx,
    BOOKING_EMAIL_KINDS[change],
    {
      to: inquiry.email,
      replyTo: settings.studio.email,
      subject: `${subject} (${inquiry.reference})`,
      inquiryId: inquiry.id,
      data: {
        firstName: inquiry.name.split(" ")[0] || inquiry.name,
        reference: inquiry.reference,
        change,
        when: formatStudioRange(booking.startsAt, booking.endsAt, timeZone),
        room: booking.room.name,
        before,
        people,
        portalUrl,
      },
      calendar: { method, content: calendarContent },
    },
    { appUrl: settings.appUrl, now },
  );
}

type BeforeInput = { inquiryId: string; uid: string; timeZone: string; booking: { startsAt: Date; endsAt: Date }; location: string };

/** Where and when the session was, from the invitation the artist holds, if that differs. */
async function beforeTheMove(tx: Transaction, { inquiryId, uid, timeZone, booking, location }: BeforeInput) {
  const previous = await previousBookingInvitation(tx, { inquiryId, uid, kinds: Object.values(BOOKING_EMAIL_KINDS) });
  if (!previous) return null;
  const sameTime = previous.start.getTime() === booking.startsAt.getTime() && previous.end.getTime() === booking.endsAt.getTime();
  const sameRoom = previous.location === null || previous.location === location;
  if (sameTime && sameRoom) return null;
  return { when: formatStudioRange(previous.start, previous.end, timeZone), room: sameRoom ? null : previous.location };
}
