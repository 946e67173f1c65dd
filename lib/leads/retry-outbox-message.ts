import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { isUuid } from "../validation/is-uuid";
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
    const retried = await tx.outboxMessage.updateMany({
      where: { id: messageId, inquiryId: leadId, status: "DEAD" },
      // The sender gives up a day after a row's createdAt (retry-schedule.ts). A retried row is
      // queued again, so it gets a fresh day of tries from now instead of dying at its first
      // failure. The first queueing stays in the lead's trail (its creation, or REPLY_QUEUED).
      // lastError stays until the next attempt replaces it or clears it on success.
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now, createdAt: now, updatedAt: now },
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
