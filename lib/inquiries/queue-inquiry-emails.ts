import { headerSafe } from "../email/header-safe";
import type { RoleNeeded } from "../generated/prisma/client";
import type { EmailKind } from "../outbox/email-kinds";
import { newOutboxRow, type OutboxRow } from "../outbox/queue-email";
import { roleShortLabel } from "./labels";

export type EmailSettings = {
  appUrl: string;
  studioInbox: string;
  studio: { name: string; email: string; phone: string; address?: string };
  /**
   * The key artist links are signed with, when the caller has it (the app: AUTH_SECRET). Left
   * out, the link code reads it from the environment itself (artist-portal-url.ts).
   */
  authSecret?: string;
  /** Whether card payment is set up (Stripe's keys are configured); the owners' setting can still turn it off. */
  cardPayments?: boolean;
};

export const INQUIRY_EMAIL_KINDS = {
  studioNotification: "inquiry.studio-notification",
  acknowledgement: "inquiry.acknowledgement",
} as const satisfies Record<string, EmailKind>;

type NewInquiry = { id: string; reference: string; name: string; email: string; artistName?: string | null; roleNeeded: RoleNeeded };

/**
 * The outbox rows for a new inquiry: the studio's notification (Reply-To the artist) and the
 * artist's acknowledgement. Addresses, subjects and Message-IDs are fixed here; the bodies are
 * rendered by the sender (render-inquiry-email.ts), keeping template work off the request path.
 */
export function queueInquiryEmails(inquiry: NewInquiry, settings: EmailSettings, now: Date): OutboxRow[] {
  const artist = inquiry.artistName || inquiry.name;
  const options = { appUrl: settings.appUrl, now };
  return [
    newOutboxRow(
      INQUIRY_EMAIL_KINDS.studioNotification,
      {
        to: settings.studioInbox,
        replyTo: inquiry.email,
        // The studio triages from its inbox, so the subject names the role and the artist. The one
        // piece of artist text in a header goes through headerSafe: no CR, LF or control character.
        subject: headerSafe(`New inquiry (${roleShortLabel[inquiry.roleNeeded]}): ${headerSafe(artist, 120)} [${inquiry.reference}]`, 250),
        inquiryId: inquiry.id,
        data: null,
      },
      options,
    ),
    newOutboxRow(
      INQUIRY_EMAIL_KINDS.acknowledgement,
      { to: inquiry.email, replyTo: settings.studio.email, subject: `We received your inquiry (${inquiry.reference})`, inquiryId: inquiry.id, data: null },
      options,
    ),
  ];
}
