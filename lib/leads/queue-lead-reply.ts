import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { INQUIRY_EMAIL_KINDS, type EmailSettings } from "../inquiries/queue-inquiry-emails";
import { queueEmail } from "../outbox/queue-email";
import { isUuid } from "../validation/is-uuid";
import { leadFieldErrorsOf, leadReplySchema } from "./lead-text-schemas";
import { LEAD_EMAIL_KINDS } from "./lead-email-thread";
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
  if (!parsed.success) throw new ExpectedError("lead-invalid", { fieldErrors: leadFieldErrorsOf(parsed.error) });
  if (!isUuid(leadId)) throw new ExpectedError("lead-not-found");

  let id = "";
  await db.$transaction(async (tx) => {
    // Exclusive: an erasure cannot slip in between, and two replies at once thread one after the other.
    const lead = await lockLead(tx, leadId, "update");
    const acknowledgement = await tx.outboxMessage.findFirst({ where: { inquiryId: leadId, kind: INQUIRY_EMAIL_KINDS.acknowledgement }, select: { subject: true } });
    // The staff member's words are stored with the message and rendered by the sender.
    id = await queueEmail(
      tx,
      "lead.reply",
      {
        to: lead.email,
        replyTo: settings.studio.email,
        subject: acknowledgement ? `Re: ${acknowledgement.subject}` : `About your inquiry (${lead.reference})`,
        inquiryId: leadId,
        data: { reference: lead.reference, body: parsed.data.body, senderName: actor.name },
      },
      { appUrl: settings.appUrl, now },
    );
    await tx.leadEvent.create({ data: { inquiryId: leadId, actorId: actor.id, type: "REPLY_QUEUED", outboxMessageId: id, createdAt: now } });
    // Moving on from NEW records the first response too; otherwise record it here if it is the first.
    if (lead.status === "NEW") await moveLeadStatus(tx, actor.id, { leadId, from: "NEW", to: "CONTACTED", now });
    else await tx.inquiry.update({ where: { id: leadId }, data: { firstRespondedAt: lead.firstRespondedAt ?? now, updatedAt: now } });
  });
  return id;
}
