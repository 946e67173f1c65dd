import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { runBookingTransaction } from "./run-booking-transaction";
import { lockLead } from "../leads/lock-lead";
import { lockBooking } from "./lock-booking";
import { markLeadBooked } from "./mark-lead-booked";
import { queueBookingEmail } from "./queue-booking-email";
import { recordSessionEvent } from "./record-session-event";
import { withdrawHoldReminder } from "./schedule-hold-reminder";
import { scheduleSessionReminders } from "./schedule-session-reminders";

/**
 * Turns a hold into a confirmed session: it stops expiring, the artist is sent the calendar
 * invitation, and the lead moves to BOOKED. A hold past its expiry can no longer be confirmed
 * (its slot may be someone else's by now); book it again instead.
 */
export async function confirmSession(db: Database, actor: StaffMember, { leadId, bookingId, now = new Date() }: { leadId: string; bookingId: string; now?: Date }, emailSettings: EmailSettings): Promise<void> {
  await runBookingTransaction(db, async (tx) => {
    const lead = await lockLead(tx, leadId, "update");
    const booking = await lockBooking(tx, leadId, bookingId);
    if (booking.status === "CONFIRMED") throw new ExpectedError("booking-state-conflict", "This session is confirmed already.");
    if (booking.status !== "HOLD") throw new ExpectedError("booking-state-conflict", "Only a hold can be confirmed; this session is no longer live. Book it again instead.");
    if (booking.holdExpiresAt && booking.holdExpiresAt <= now) throw new ExpectedError("booking-state-conflict", "This hold has expired, so its time may be taken. Book it again instead.");
    await tx.booking.update({ where: { id: booking.id }, data: { status: "CONFIRMED", holdExpiresAt: null, confirmedAt: now, updatedAt: now } });
    await recordSessionEvent(tx, { type: "SESSION_CONFIRMED", leadId, bookingId, actorId: actor.id, now });
    await withdrawHoldReminder(tx, bookingId, now); // confirmed: nothing ends any more
    await queueBookingEmail(tx, { bookingId, change: "confirmed", now }, emailSettings);
    await scheduleSessionReminders(tx, { bookingId, now }, emailSettings);
    await markLeadBooked(tx, actor.id, lead, now);
  });
}
