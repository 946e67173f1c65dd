// Delivers outbox rows whose time has come. Safe to run in several processes at once: each
// claims a batch with FOR UPDATE SKIP LOCKED and pushes its rows' next attempt into the future
// (a lease) in the same statement, so no two senders ever hold the same row.
import type { Database } from "../database/create-prisma-client";
import type { OutboxMessage } from "../generated/prisma/client";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry-schedule";

export type MailSender = {
  sendMail(message: {
    from: string;
    to: string;
    replyTo?: string;
    subject: string;
    text: string;
    html: string;
    messageId: string;
    inReplyTo?: string;
    references?: string;
  }): Promise<unknown>;
};

export type DeliveryOptions = {
  db: Database;
  transport: MailSender;
  from: string;
  now?: () => Date;
  batchSize?: number;
  /** How long a claimed row stays hidden from other senders; longer than any SMTP timeout. */
  leaseMs?: number;
  log?: (line: string) => void;
};

export type DeliveryReport = { sent: number; retried: number; dead: number };

/** Claims and sends due messages until none are left, or `maxBatches` batches were processed. */
export async function deliverDueMessages(options: DeliveryOptions, maxBatches = 20): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, dead: 0 };
  for (let batch = 0; batch < maxBatches; batch++) {
    const claimed = await claimDueMessages(options);
    if (claimed.length === 0) break;
    for (const message of claimed) report[await deliverOne(message, options)]++;
  }
  return report;
}

async function claimDueMessages({ db, now = () => new Date(), batchSize = 20, leaseMs = 120_000 }: DeliveryOptions) {
  const at = now();
  return db.$queryRaw<OutboxMessage[]>`
    UPDATE "OutboxMessage"
    SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${new Date(at.getTime() + leaseMs)}, "updatedAt" = ${at}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${at}
      ORDER BY "nextAttemptAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING *`;
}

async function deliverOne(message: OutboxMessage, options: DeliveryOptions): Promise<keyof DeliveryReport> {
  const { db, transport, from, now = () => new Date(), log = console.error } = options;
  try {
    await transport.sendMail({
      from,
      to: message.toAddress,
      replyTo: message.replyTo ?? undefined,
      subject: message.subject,
      text: message.textBody,
      html: message.htmlBody,
      messageId: message.messageId,
      inReplyTo: message.inReplyTo ?? undefined,
      references: message.inReplyTo ?? undefined,
    });
    await db.outboxMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: now(), lastError: null } });
    return "sent";
  } catch (error) {
    const reason = describe(error);
    const dead = message.attempts >= MAX_ATTEMPTS;
    log(`[outbox] ${message.kind} ${message.id} attempt ${message.attempts} failed${dead ? " (giving up)" : ""}: ${reason}`);
    await db.outboxMessage.update({
      where: { id: message.id },
      data: dead
        ? { status: "DEAD", lastError: reason }
        : { lastError: reason, nextAttemptAt: new Date(now().getTime() + retryDelayMs(message.attempts)) },
    });
    return dead ? "dead" : "retried";
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}
