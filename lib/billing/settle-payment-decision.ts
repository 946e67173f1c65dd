import type { StaffMember } from "../auth/staff-member";
import { confirmHolds } from "../bookings/confirm-booking";
import { exclusionViolation } from "../bookings/exclusion-violation";
import { lockSessions } from "../bookings/lock-booking";
import { recordSessionEvent } from "../bookings/record-session-event";
import { scheduleHoldReminder } from "../bookings/schedule-hold-reminder";
import { loadInvoiceBalance } from "./invoice-balance";
import { runBookingTransaction } from "../bookings/run-booking-transaction";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { lockLead } from "../leads/lock-lead";
import { isUuid } from "../validation/is-uuid";

/**
 * The studio's answer to a payment that needed a decision. "rebook": the booking's lapsed days
 * (still ahead) are booked again and confirmed, since their deposit is paid, if their time is
 * still free; "handled": the studio dealt with it otherwise (a refund, a word with the artist).
 */
export async function settlePaymentDecision(
  db: Database,
  actor: StaffMember,
  { leadId, paymentId, decision, now = new Date() }: { leadId: string; paymentId: string; decision: "rebook" | "handled"; now?: Date },
  emailSettings: EmailSettings,
): Promise<{ rebooked: number }> {
  if (!isUuid(paymentId)) throw new ExpectedError("payment-not-found");
  try {
    return await runBookingTransaction(db, async (tx) => {
      const lead = await lockLead(tx, leadId, "update");
      const payment = await tx.payment.findFirst({ where: { id: paymentId, invoice: { inquiryId: leadId } }, select: { id: true, attention: true, attentionHandledAt: true, invoiceId: true, invoice: { select: { groupId: true } } } });
      if (!payment) throw new ExpectedError("payment-not-found");
      if (!payment.attention || payment.attentionHandledAt) throw new ExpectedError("billing-conflict", "This payment's decision was made already. Reload to see it.");
      let rebooked = 0;
      if (decision === "rebook") {
        if (payment.attention !== "HOLD_LAPSED") throw new ExpectedError("billing-not-allowed", "Only a payment for a hold that had ended can book its time again.");
        const sessions = await lockSessions(tx, { leadId, groupId: payment.invoice.groupId });
        const lapsed = sessions.filter((session) => session.status === "EXPIRED" && session.startsAt > now);
        if (lapsed.length === 0) throw new ExpectedError("billing-not-allowed", "None of this booking's lapsed days is still ahead, so there is nothing to book again. Refund the payment instead.");
        // Paid in full, the days come back confirmed, as a paid deposit confirms any hold; paid in
        // part, they come back on hold for the studio's usual hold length, for the rest to follow.
        const { outstandingMinor } = await loadInvoiceBalance(tx, payment.invoiceId);
        const { holdDays } = await tx.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { holdDays: true } });
        const holdExpiresAt = new Date(now.getTime() + (outstandingMinor > 0 ? holdDays * 86_400_000 : 60_000));
        for (const session of lapsed) await tx.booking.update({ where: { id: session.id }, data: { status: "HOLD", expiredAt: null, holdExpiresAt, updatedAt: now } });
        if (outstandingMinor > 0) {
          for (const session of lapsed) await recordSessionEvent(tx, { type: "SESSION_HELD", leadId, bookingId: session.id, actorId: actor.id, now });
          await scheduleHoldReminder(tx, { groupId: payment.invoice.groupId, now }, emailSettings);
        } else {
          await confirmHolds(tx, { lead, holds: lapsed, actorId: actor.id, now }, emailSettings);
        }
        rebooked = lapsed.length;
      }
      await tx.payment.update({ where: { id: payment.id }, data: { attentionHandledAt: now } });
      return { rebooked };
    });
  } catch (error) {
    if (exclusionViolation(error)) throw new ExpectedError("booking-conflict", "Some of this booking's time has been taken since its hold ended, so it cannot be booked again as it was. Refund the payment, or book new times and then mark this handled.");
    throw error;
  }
}
