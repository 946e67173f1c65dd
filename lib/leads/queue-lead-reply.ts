import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { LeadReply } from "@/emails/lead-reply";
import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { headerSafe } from "../email/header-safe";
import { messageIdFor } from "../email/message-id";
import { renderEmail } from "../email/render-email";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { LeadErasedError, LeadNotFoundError, LeadValidationError } from "./errors";
import { isUuid } from "./is-uuid";
import { leadFieldErrorsOf, leadReplySchema } from "./lead-text-schemas";
import { LEAD_EMAIL_KINDS, leadEmailThread } from "./lead-email-thread";
import { lockLead } from "./lock-lead";
import { moveLeadStatus } from "./move-lead-status";

// Defined beside the thread it is part of; still exported here, where the timeline reads it.
export { LEAD_EMAIL_KINDS };

export type QueueLeadReplyInput = { leadId: string; body: unknown; now?: Date };

/**
 * Queues a staff member's reply to the artist, in the thread of the acknowledgement they got.
 * Returns the outbox row's id; the caller asks for delivery (requestOutboxDelivery) after this
 * returns. Answering a NEW lead moves it to CONTACTED: the artist has been contacted.
 */
export async function queueLeadReply(db: Database, actor: StaffMember, { leadId, body, now = new Date() }: QueueLeadReplyInput, settings: EmailSettings): Promise<string> {
  const parsed = leadReplySchema.safeParse({ body });
  if (!parsed.success) throw new LeadValidationError(leadFieldErrorsOf(parsed.error));
  if (!isUuid(leadId)) throw new LeadNotFoundError();
  // Rendered before the transaction, which holds the lead's lock; the reference never changes.
  const found = await db.inquiry.findUnique({ where: { id: leadId }, select: { reference: true, erasedAt: true } });
  if (!found) throw new LeadNotFoundError();
  if (found.erasedAt) throw new LeadErasedError();
  // Rendered now rather than by the sender, because the staff member's text is stored nowhere else.
  const { html, text } = await renderEmail(
    createElement(LeadReply, {
      studioName: settings.studio.name,
      studioEmail: settings.studio.email,
      studioPhone: settings.studio.phone,
      reference: found.reference,
      body: parsed.data.body,
      senderName: actor.name,
    }),
  );

  const id = randomUUID();
  await db.$transaction(async (tx) => {
    // Exclusive: an erasure cannot slip in between, and two replies at once thread one after the other.
    const lead = await lockLead(tx, leadId, "update");
    const thread = await leadEmailThread(tx, leadId);
    await tx.outboxMessage.create({
      data: {
        id,
        kind: LEAD_EMAIL_KINDS.reply,
        inquiryId: leadId,
        toAddress: lead.email,
        replyTo: settings.studio.email,
        subject: headerSafe(thread.acknowledgementSubject ? `Re: ${thread.acknowledgementSubject}` : `About your inquiry (${lead.reference})`, 300),
        textBody: text,
        htmlBody: html,
        messageId: messageIdFor(id, settings.appUrl),
        inReplyTo: thread.inReplyTo,
        references: thread.references,
        // Due at once, by the same clock the sender claims with.
        nextAttemptAt: now,
        createdAt: now,
      },
    });
    await tx.leadEvent.create({ data: { inquiryId: leadId, actorId: actor.id, type: "REPLY_QUEUED", outboxMessageId: id, createdAt: now } });
    // Moving on from NEW records the first response too; otherwise record it here if it is the first.
    if (lead.status === "NEW") await moveLeadStatus(tx, actor.id, { leadId, from: "NEW", to: "CONTACTED", now });
    else await tx.inquiry.update({ where: { id: leadId }, data: { firstRespondedAt: lead.firstRespondedAt ?? now, updatedAt: now } });
  });
  return id;
}
