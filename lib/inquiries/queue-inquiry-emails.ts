import { randomUUID } from "node:crypto";
import { headerSafe } from "../email/header-safe";
import { messageIdFor } from "../email/message-id";
import type { Prisma, RoleNeeded } from "../generated/prisma/client";
import { roleShortLabel } from "./labels";

export type EmailSettings = {
  appUrl: string;
  studioInbox: string;
  studio: { name: string; email: string; phone: string };
};

export const INQUIRY_EMAIL_KINDS = {
  studioNotification: "inquiry.studio-notification",
  acknowledgement: "inquiry.acknowledgement",
} as const;

type NewInquiry = { id: string; reference: string; name: string; email: string; artistName?: string | null; roleNeeded: RoleNeeded };

/**
 * The outbox rows for a new inquiry: the studio's notification (Reply-To the artist) and the
 * artist's acknowledgement. Addresses, subjects and Message-IDs are fixed here; the bodies are
 * rendered by the sender (render-inquiry-email.ts), keeping template work off the request path.
 */
export function queueInquiryEmails(inquiry: NewInquiry, settings: EmailSettings, now: Date): Prisma.OutboxMessageCreateManyInput[] {
  const artist = inquiry.artistName || inquiry.name;
  // Due at once, by the same clock the sender claims with (not the database's).
  const due = { nextAttemptAt: now, createdAt: now };
  const studioId = randomUUID();
  const ackId = randomUUID();
  return [
    {
      id: studioId,
      kind: INQUIRY_EMAIL_KINDS.studioNotification,
      inquiryId: inquiry.id,
      toAddress: settings.studioInbox,
      replyTo: inquiry.email,
      // The studio triages from its inbox, so the subject names the role and the artist. The one
      // piece of artist text in a header goes through headerSafe: no CR, LF or control character.
      subject: headerSafe(`New inquiry (${roleShortLabel[inquiry.roleNeeded]}): ${headerSafe(artist, 120)} [${inquiry.reference}]`, 250),
      messageId: messageIdFor(studioId, settings.appUrl),
      ...due,
    },
    {
      id: ackId,
      kind: INQUIRY_EMAIL_KINDS.acknowledgement,
      inquiryId: inquiry.id,
      toAddress: inquiry.email,
      replyTo: settings.studio.email,
      subject: headerSafe(`We received your inquiry (${inquiry.reference})`),
      messageId: messageIdFor(ackId, settings.appUrl),
      ...due,
    },
  ];
}
