// Delivers the outbox of a test database to a test SMTP server, as the app's worker would.
import type { Database } from "@/lib/database/create-prisma-client";
import type { OutboxMessage } from "@/lib/generated/prisma/client";
import { createMailTransport } from "@/lib/email/create-mail-transport";
import { deliverDueMessages } from "@/lib/outbox/deliver-due-messages";
import { createMessageRenderer } from "@/lib/outbox/render-queued-message";
import { inquiryContext } from "./inquiry-fixtures";
import type { SmtpTestServer } from "./smtp-test-server";

export function outboxDelivery(db: Database, smtp: SmtpTestServer, now: () => Date = () => new Date()) {
  return () =>
    deliverDueMessages({
      db,
      transport: createMailTransport({ smtpUrl: smtp.url }),
      render: createMessageRenderer(db, inquiryContext(db).emailSettings),
      from: "Studio Desk <desk@studio.test>",
      now,
      log: () => {},
    });
}

/** A queued row with the bodies the sender would render for it (they are rendered at send time). */
export async function withRenderedBodies<T extends OutboxMessage>(db: Database, row: T): Promise<T> {
  if (row.textBody !== null || row.status !== "PENDING") return row;
  const { html, text } = await createMessageRenderer(db, inquiryContext(db).emailSettings)(row);
  return { ...row, htmlBody: html, textBody: text };
}
