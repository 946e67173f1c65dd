import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { formatStudioDate } from "../time/format-studio-time";
import { runBookingTransaction } from "./run-booking-transaction";
import type { Transaction } from "../database/transaction";
import { lockLead, type LockedLead } from "../leads/lock-lead";
import { lockSessions, type LockedBooking, type SessionTarget } from "./lock-booking";
import { markLeadBooked } from "./mark-lead-booked";
import { queueBookingEmail } from "./queue-booking-email";
import { recordSessionEvent } from "./record-session-event";
import { scheduleHoldReminder } from "./schedule-hold-reminder";
import { scheduleBookingReminders } from "./schedule-session-reminders";

/**
 * Turns holds into confirmed sessions: one day, or every day of a booking that is on hold. They
 * stop expiring, the artist is sent one email with the calendar invitation for each day, and the
 * lead moves to BOOKED. A hold past its expiry can no longer be confirmed (its time may be
 * someone else's by now); book it again instead. All the days or none.
 */
export async function confirmBooking(db: Database, actor: StaffMember, target: SessionTarget & { now?: Date }, emailSettings: EmailSettings): Promise<{ confirmed: number }> {
  const now = target.now ?? new Date();
  const whole = "groupId" in target;
  return runBookingTransaction(db, async (tx) => {
    const lead = await lockLead(tx, target.leadId, "update");
    const sessions = await lockSessions(tx, target);
    const holds = sessions.filter((session) => session.status === "HOLD");
    if (holds.length === 0) {
      const confirmed = sessions.some((session) => session.status === "CONFIRMED");
      if (confirmed) throw new ExpectedError("booking-state-conflict", whole ? "Every live day of this booking is confirmed already." : "This session is confirmed already.");
      throw new ExpectedError("booking-state-conflict", "Only a hold can be confirmed; this session is no longer live. Book it again instead.");
    }
    const lapsed = holds.find((hold) => hold.holdExpiresAt && hold.holdExpiresAt <= now);
    if (lapsed) {
      const { timeZone } = await tx.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } });
      const which = whole ? `The hold on ${formatStudioDate(lapsed.startsAt, timeZone)}` : "This hold";
      throw new ExpectedError("booking-state-conflict", `${which} has expired, so its time may be taken. Book it again instead.`);
    }
    await confirmHolds(tx, { lead, holds, actorId: actor.id, now }, emailSettings);
    return { confirmed: holds.length };
  });
}

/**
 * Confirms holds the caller has locked (with their lead) and checked are live: in its
 * transaction, with their events, reminders, the artist's one invitation email and the lead's
 * move to BOOKED. `actorId` is null when the artist's deposit confirmed them.
 */
export async function confirmHolds(
  tx: Transaction,
  { lead, holds, actorId, now }: { lead: LockedLead; holds: LockedBooking[]; actorId: string | null; now: Date },
  emailSettings: EmailSettings,
): Promise<void> {
  for (const hold of holds) {
    await tx.booking.update({ where: { id: hold.id }, data: { status: "CONFIRMED", holdExpiresAt: null, confirmedAt: now, updatedAt: now } });
    await recordSessionEvent(tx, { type: "SESSION_CONFIRMED", leadId: lead.id, bookingId: hold.id, actorId, now });
  }
  await scheduleBookingReminders(tx, { groupId: holds[0]!.groupId, now }, emailSettings);
  // The booking's other days may still be on hold: their reminder now names only them.
  await scheduleHoldReminder(tx, { groupId: holds[0]!.groupId, now }, emailSettings);
  await queueBookingEmail(tx, { bookingIds: holds.map((hold) => hold.id), change: "confirmed", now }, emailSettings);
  await markLeadBooked(tx, actorId, lead, now);
}
