import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { LeadReply } from "@/emails/lead-reply";
import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { headerSafe } from "../email/header-safe";
import { messageIdFor } from "../email/message-id";
import { renderEmail } from "../email/render-email";
import { INQUIRY_EMAIL_KINDS, type EmailSettings } from "../inquiries/queue-inquiry-emails";
import { LeadErasedError, LeadNotFoundError, LeadValidationError } from "./errors";
import { isUuid } from "./is-uuid";
import { leadFieldErrorsOf, leadReplySchema } from "./lead-text-schemas";
import { lockLead, type Transaction } from "./lock-lead";
import { moveLeadStatus } from "./move-lead-status";

export const LEAD_EMAIL_KINDS = { reply: "lead.reply" } as const;

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
    const thread = await threadOf(tx, leadId);
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

/** Message-IDs of a References header stay within the column; RFC 5322 says keep the first. */
const MAX_REFERENCES_LENGTH = 2_000;

/**
 * Where the new reply goes in the thread: after the latest earlier reply (in the order they were
 * queued, which the events keep; an email's createdAt moves when it is retried), else after the
 * acknowledgement. References is the parent's References plus the parent (RFC 5322 3.6.4).
 */
async function threadOf(tx: Transaction, leadId: string) {
  const rows = await tx.$queryRaw<{ kind: string; messageId: string; subject: string; references: string | null; queuedAt: Date | null }[]>`
    SELECT o."kind", o."messageId", o."subject", o."references", e."createdAt" AS "queuedAt"
    FROM "OutboxMessage" o
    LEFT JOIN "LeadEvent" e ON e."inquiryId" = ${leadId}::uuid AND e."type" = 'REPLY_QUEUED' AND e."outboxMessageId" = o."id"
    WHERE o."inquiryId" = ${leadId}::uuid AND o."kind" IN (${INQUIRY_EMAIL_KINDS.acknowledgement}, ${LEAD_EMAIL_KINDS.reply})`;
  const acknowledgement = rows.find((row) => row.kind === INQUIRY_EMAIL_KINDS.acknowledgement);
  const replies = rows.filter((row) => row.kind === LEAD_EMAIL_KINDS.reply && row.queuedAt);
  // Replies are queued one at a time (the lead's lock), each extending its parent's References,
  // so of two queued in the same millisecond the later has the longer chain.
  const latestFirst = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    b.queuedAt!.getTime() - a.queuedAt!.getTime() || (b.references?.length ?? 0) - (a.references?.length ?? 0);
  const parent = replies.sort(latestFirst)[0] ?? acknowledgement;
  const chain = parent ? [...(parent.references?.split(" ").filter(Boolean) ?? []), parent.messageId] : [];
  while (chain.length > 2 && chain.join(" ").length > MAX_REFERENCES_LENGTH) chain.splice(1, 1);
  return {
    acknowledgementSubject: acknowledgement?.subject ?? null,
    inReplyTo: parent?.messageId ?? null,
    references: chain.length ? chain.join(" ") : null,
  };
}
