import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { isUuid } from "../validation/is-uuid";
import { holdReminderGroupId } from "../bookings/schedule-hold-reminder";
import type { Transaction } from "../database/transaction";
import { lockLead } from "./lock-lead";

export type RetryOutboxMessageInput = {
  /** The outbox row's id (not its Message-ID header). */
  messageId: string;
  leadId: string;
  now?: Date;
};

/**
 * Puts an email the sender gave up on back in the queue, due at once. The caller asks for
 * delivery (requestOutboxDelivery) afterwards. The same row is sent, with the same Message-ID
 * and body, so the artist's mail program sees one message however many tries it took.
 */
export async function retryOutboxMessage(db: Database, actor: StaffMember, { messageId, leadId, now = new Date() }: RetryOutboxMessageInput): Promise<void> {
  if (!isUuid(messageId)) throw new ExpectedError("email-not-found");
  await db.$transaction(async (tx) => {
    // An erased lead's emails have no address or body left to send; the shared lock keeps an
    // erasure from running between this check and the update.
    await lockLead(tx, leadId, "share");
    await refuseStaleScheduledEmail(tx, { messageId, leadId });
    const retried = await tx.outboxMessage.updateMany({
      where: { id: messageId, inquiryId: leadId, status: "DEAD" },
      // The sender gives up a day after a row's dueAt (retry-schedule.ts). A retried row is due
      // again, so it gets a fresh day of tries from now instead of dying at its first failure.
      // Its createdAt, and the lead's trail (REPLY_QUEUED), keep when it was first queued.
      // lastError stays until the next attempt replaces it or clears it on success.
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now, dueAt: now, updatedAt: now },
    });
    if (retried.count === 0) {
      const message = await tx.outboxMessage.findFirst({ where: { id: messageId, inquiryId: leadId }, select: { status: true } });
      if (!message) throw new ExpectedError("email-not-found");
      throw new ExpectedError(
        "email-not-retryable",
        message.status === "SENT"
          ? "This email has been sent already; there is nothing to retry."
          : "This email is still being tried. It can be retried once delivery has failed for good.",
      );
    }
    await tx.leadEvent.create({ data: { inquiryId: leadId, actorId: actor.id, type: "EMAIL_RETRIED", outboxMessageId: messageId, createdAt: now } });
  });
}

/**
 * A scheduled email (a hold's reminder) is only worth sending again while it is still the one
 * for its subject: not when a newer one replaced it, nor when its hold is no longer a hold.
 */
async function refuseStaleScheduledEmail(tx: Transaction, { messageId, leadId }: { messageId: string; leadId: string }) {
  const message = await tx.outboxMessage.findFirst({ where: { id: messageId, inquiryId: leadId, status: "DEAD" }, select: { scheduleKey: true, createdAt: true } });
  if (!message?.scheduleKey) return;
  const newer = await tx.outboxMessage.count({ where: { scheduleKey: message.scheduleKey, id: { not: messageId }, createdAt: { gte: message.createdAt } } });
  if (newer > 0) throw new ExpectedError("email-not-retryable", "A newer version of this scheduled email has replaced it, so there is nothing to retry.");
  const groupId = holdReminderGroupId(message.scheduleKey);
  if (groupId && (await tx.booking.count({ where: { groupId, status: "HOLD" } })) === 0) {
    throw new ExpectedError("email-not-retryable", "The hold this reminder was about is no longer pencilled in, so there is nothing to remind of.");
  }
}
