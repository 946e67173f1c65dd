import { renderSignInLink, SIGN_IN_LINK_KIND } from "../auth/render-sign-in-link";
import type { Database } from "../database/create-prisma-client";
import type { OutboxMessage } from "../generated/prisma/client";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { renderInquiryEmail } from "../inquiries/render-inquiry-email";
import { getSigningSecret } from "../security/get-signing-secret";

export type MessageRenderer = (message: OutboxMessage) => Promise<{ html: string; text: string }>;

/**
 * Renders a queued message's body from the record it is about (an inquiry), or from its sealed
 * payload (a sign-in link, opened with the secret that sealed it: AUTH_SECRET, or in development
 * the key kept in the database).
 */
export function createMessageRenderer(db: Database, settings: EmailSettings, { authSecret }: { authSecret?: string } = {}): MessageRenderer {
  return async (message) => {
    if (message.kind === SIGN_IN_LINK_KIND) {
      return renderSignInLink(message, { secret: await getSigningSecret(db, "sealed-text", authSecret), studioName: settings.studio.name });
    }
    if (!message.inquiryId) throw new Error(`Outbox message ${message.id} has no body and nothing to render it from`);
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id: message.inquiryId } });
    return renderInquiryEmail(message.kind, inquiry, settings, { db });
  };
}
