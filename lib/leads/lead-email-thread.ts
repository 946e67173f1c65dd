import { INQUIRY_EMAIL_KINDS } from "../inquiries/queue-inquiry-emails";
import type { Transaction } from "../database/transaction";

export const LEAD_EMAIL_KINDS = { reply: "lead.reply" } as const;

export type LeadEmailThread = {
  /** The acknowledgement's subject; null when the lead was never acknowledged (it came in as spam). */
  acknowledgementSubject: string | null;
  inReplyTo: string | null;
  references: string | null;
};

/** Message-IDs of a References header stay within the column; RFC 5322 says keep the first. */
const MAX_REFERENCES_LENGTH = 2_000;

/**
 * Where a new message to the artist goes in the thread: after the latest earlier reply (in the
 * order they were queued, which the events keep; an email's createdAt moves when it is retried),
 * else after the acknowledgement. References is the parent's References plus the parent
 * (RFC 5322 3.6.4). Used by staff replies and by the session emails.
 */
export async function leadEmailThread(tx: Transaction, leadId: string): Promise<LeadEmailThread> {
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
