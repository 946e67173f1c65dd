import type { Database } from "../database/create-prisma-client";
import type { OutboxMessage } from "../generated/prisma/client";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { renderInquiryEmail } from "../inquiries/render-inquiry-email";

export type MessageRenderer = (message: OutboxMessage) => Promise<{ html: string; text: string }>;

/** Renders a queued message's body from the record it is about (today: inquiries). */
export function createMessageRenderer(db: Database, settings: EmailSettings): MessageRenderer {
  return async (message) => {
    if (!message.inquiryId) throw new Error(`Outbox message ${message.id} has no body and nothing to render it from`);
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id: message.inquiryId } });
    return renderInquiryEmail(message.kind, inquiry, settings, { db });
  };
}
