import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { runBookingTransaction } from "./run-booking-transaction";
import { lockLead } from "../leads/lock-lead";
import { lockBooking } from "./lock-booking";
import { queueBookingEmail } from "./queue-booking-email";
import { recordSessionEvent } from "./record-session-event";
import { withdrawHoldReminder } from "./schedule-hold-reminder";
import { withdrawSessionReminders } from "./schedule-session-reminders";

/**
 * Cancels a live session, freeing its room and people. If the artist was ever sent an
 * invitation for it, they get the cancellation (a newer SEQUENCE, so their calendar drops it).
 */
export async function cancelSession(db: Database, actor: StaffMember, { leadId, bookingId, now = new Date() }: { leadId: string; bookingId: string; now?: Date }, emailSettings: EmailSettings): Promise<void> {
  await runBookingTransaction(db, async (tx) => {
    await lockLead(tx, leadId, "share");
    const booking = await lockBooking(tx, leadId, bookingId);
    if (booking.status === "CANCELLED") throw new ExpectedError("booking-state-conflict", "This session is cancelled already.");
    if (booking.status === "EXPIRED") throw new ExpectedError("booking-state-conflict", "This hold has expired already; there is nothing to cancel.");
    const artistHasInvitation = booking.confirmedAt !== null;
    await tx.booking.update({
      where: { id: booking.id },
      data: { status: "CANCELLED", cancelledAt: now, updatedAt: now, sequence: artistHasInvitation ? booking.sequence + 1 : booking.sequence },
    });
    await recordSessionEvent(tx, { type: "SESSION_CANCELLED", leadId, bookingId, actorId: actor.id, now });
    await withdrawHoldReminder(tx, bookingId, now);
    await withdrawSessionReminders(tx, bookingId, now);
    // Cancelling answers whatever the artist had open about it: a cancelled session moves nowhere.
    await tx.artistRequest.updateMany({ where: { bookingId, handledAt: null }, data: { handledAt: now, handledById: actor.id } });
    if (artistHasInvitation) await queueBookingEmail(tx, { bookingId, change: "cancelled", now }, emailSettings);
  });
}
