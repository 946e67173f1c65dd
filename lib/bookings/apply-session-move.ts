import type { Transaction } from "../database/transaction";
import type { LeadEventType } from "../generated/prisma/client";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { expireHolds } from "./expire-holds";
import { lockBookingResources } from "./lock-booking-resources";
import type { LockedBooking } from "./lock-booking";
import { queueBookingEmail } from "./queue-booking-email";
import { recordSessionEvent } from "./record-session-event";
import { scheduleHoldReminder } from "./schedule-hold-reminder";
import { scheduleBookingReminders } from "./schedule-session-reminders";

export type SessionMove = {
  roomId: string;
  startsAt: Date;
  endsAt: Date;
  pricing: "HOURLY" | "DAY";
  outsideHours: boolean;
  /** Who moved it: a staff member, or null for the artist moving their own session. */
  actorId: string | null;
  event: Extract<LeadEventType, "SESSION_MOVED" | "ARTIST_MOVED_SESSION">;
  now: Date;
  /** False when the caller moves several days and sends the artist one email for them all. */
  emailArtist?: boolean;
};

/**
 * Moves a live session (locked by the caller, in its transaction) and keeps everything that hangs
 * on it true: its people move with it (their copies of the times follow through the foreign key,
 * so the database checks them for clashes too), its reminders go with it, the artist's open
 * requests to move it are answered, and an artist who holds an invitation gets the update with
 * a newer SEQUENCE. A clash surfaces as the database's exclusion error, for the caller to name.
 */
export async function applySessionMove(tx: Transaction, booking: LockedBooking, move: SessionMove, emailSettings: EmailSettings): Promise<void> {
  const { now } = move;
  const userIds = (await tx.bookingPerson.findMany({ where: { bookingId: booking.id }, select: { userId: true } })).map((person) => person.userId);
  await lockBookingResources(tx, { roomIds: [move.roomId], userIds });
  await expireHolds(tx, { now, scope: { roomIds: [move.roomId], userIds, startsAt: move.startsAt, endsAt: move.endsAt } });
  const artistHasInvitation = booking.confirmedAt !== null;
  await tx.booking.update({
    where: { id: booking.id },
    data: {
      roomId: move.roomId,
      startsAt: move.startsAt,
      endsAt: move.endsAt,
      pricing: move.pricing,
      outsideHours: move.outsideHours,
      updatedAt: now,
      sequence: artistHasInvitation ? booking.sequence + 1 : booking.sequence,
    },
  });
  await recordSessionEvent(tx, { type: move.event, leadId: booking.inquiryId, bookingId: booking.id, actorId: move.actorId, now, movedFrom: booking });
  // A moved hold's reminder names its new time; a confirmed session's reminders go at its new day's times.
  if (booking.status === "HOLD") await scheduleHoldReminder(tx, { groupId: booking.groupId, now }, emailSettings);
  else await scheduleBookingReminders(tx, { groupId: booking.groupId, now }, emailSettings);
  await tx.artistRequest.updateMany({ where: { bookingId: booking.id, kind: "MOVE", handledAt: null }, data: { handledAt: now, handledById: move.actorId } });
  if (artistHasInvitation && move.emailArtist !== false) await queueBookingEmail(tx, { bookingIds: [booking.id], change: "moved", now }, emailSettings);
}
