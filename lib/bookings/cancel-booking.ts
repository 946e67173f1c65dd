import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import type { CancelledBy, CancellationPlan } from "../billing/plan-cancellation";
import { settleCancellation } from "../billing/settle-cancellation";
import { runBookingTransaction } from "./run-booking-transaction";
import { lockLead } from "../leads/lock-lead";
import { lockSessions, type SessionTarget } from "./lock-booking";
import { queueBookingEmail } from "./queue-booking-email";
import { recordSessionEvent } from "./record-session-event";
import { scheduleHoldReminder } from "./schedule-hold-reminder";
import { scheduleBookingReminders, withdrawSessionReminders } from "./schedule-session-reminders";

/**
 * Cancels one live day of a booking, or every live day of it, freeing their rooms and people. The
 * artist gets one email with a cancellation (a newer SEQUENCE) for each day they were ever sent an
 * invitation for, so their calendar drops exactly those. When no day of the booking is left live,
 * its money is settled by the cancellation policy (`cancelledBy`: the artist, the default, or the
 * studio, which refunds in full).
 */
export async function cancelBooking(
  db: Database,
  actor: StaffMember,
  target: SessionTarget & { now?: Date; cancelledBy?: CancelledBy },
  emailSettings: EmailSettings,
): Promise<{ cancelled: number; money: CancellationPlan | null }> {
  const now = target.now ?? new Date();
  // Refunding everything whatever the policy says is the owner's call, like any refund beyond it.
  if (target.cancelledBy === "studio" && actor.role !== "OWNER") throw new ExpectedError("not-owner", "Only the studio's owner can cancel as the studio, which refunds everything paid.");
  return runBookingTransaction(db, async (tx) => {
    await lockLead(tx, target.leadId, "share");
    const sessions = await lockSessions(tx, target);
    const live = sessions.filter((session) => session.status === "HOLD" || session.status === "CONFIRMED");
    if (live.length === 0) {
      if (sessions.every((session) => session.status === "CANCELLED")) throw new ExpectedError("booking-state-conflict", "This session is cancelled already.");
      throw new ExpectedError("booking-state-conflict", "This hold has expired already; there is nothing to cancel.");
    }
    const groupId = sessions[0]!.groupId;
    const firstLive = await tx.booking.findFirst({ where: { groupId, status: { in: ["HOLD", "CONFIRMED"] } }, orderBy: { startsAt: "asc" }, select: { startsAt: true } });
    for (const session of live) {
      const artistHasInvitation = session.confirmedAt !== null;
      await tx.booking.update({
        where: { id: session.id },
        data: { status: "CANCELLED", cancelledAt: now, updatedAt: now, sequence: artistHasInvitation ? session.sequence + 1 : session.sequence },
      });
      await recordSessionEvent(tx, { type: "SESSION_CANCELLED", leadId: target.leadId, bookingId: session.id, actorId: actor.id, now });
      await withdrawSessionReminders(tx, session.id, now);
    }
    await scheduleHoldReminder(tx, { groupId, now }, emailSettings);
    // The days left may now begin or end a stretch: their reminders follow.
    await scheduleBookingReminders(tx, { groupId, now }, emailSettings);
    // Cancelling answers whatever the artist had open about those days, and about the booking
    // as a whole once none of it is live: a cancelled session moves nowhere.
    const handled = { handledAt: now, handledById: actor.id };
    await tx.artistRequest.updateMany({ where: { bookingId: { in: live.map((session) => session.id) }, handledAt: null }, data: handled });
    const stillLive = await tx.booking.count({ where: { groupId, status: { in: ["HOLD", "CONFIRMED"] } } });
    if (stillLive === 0) await tx.artistRequest.updateMany({ where: { groupId, bookingId: null, handledAt: null }, data: handled });
    // Money follows the booking as a whole: cancelling one day of several leaves it to the final
    // invoice, cancelling the last live day applies the cancellation policy.
    const money =
      stillLive === 0 && firstLive
        ? await settleCancellation(tx, { leadId: target.leadId, groupId, cancelledBy: target.cancelledBy ?? "artist", firstStartsAt: firstLive.startsAt, actorId: actor.id, now }, emailSettings)
        : null;
    const invited = live.filter((session) => session.confirmedAt !== null).map((session) => session.id);
    if (invited.length > 0) await queueBookingEmail(tx, { bookingIds: invited, change: "cancelled", now }, emailSettings);
    return { cancelled: live.length, money };
  });
}
