// The one way to put an email in the outbox. It works inside the caller's transaction, so the
// message commits (or not) with the change that causes it; the sender renders and delivers it.
import { randomUUID } from "node:crypto";
import type { Database } from "../database/create-prisma-client";
import type { Transaction } from "../database/transaction";
import { headerSafe } from "../email/header-safe";
import { messageIdFor } from "../email/message-id";
import { Prisma } from "../generated/prisma/client";
import { leadEmailThread } from "../leads/lead-email-thread";
import { EMAIL_KINDS, type EmailKind, type Threading } from "./email-kinds";
import type { EmailPayloads } from "./email-payloads";

export type NewEmail<K extends EmailKind> = {
  to: string;
  replyTo?: string | null;
  /** The studio's own words; an artist's text in a subject must already have been made header-safe. */
  subject: string;
  inquiryId?: string | null;
  data: EmailPayloads[K];
  /** An iCalendar part fixed now (its SEQUENCE must match this moment), sent with the message. */
  calendar?: { method: "REQUEST" | "CANCEL"; content: string };
  /** A secret only the sender may read (sealed-text.ts): rendered at each attempt, never stored in clear. */
  sealedPayload?: string;
};

export type QueueOptions = {
  appUrl: string;
  now: Date;
  /** When to send; now when left out. */
  sendAt?: Date;
  /**
   * Names what a scheduled message is about (e.g. `booking:<id>:reminder`). Queueing another with
   * the same key replaces the waiting one; `withdrawScheduledEmail` takes it back.
   */
  scheduleKey?: string;
};

type Thread = { inReplyTo: string | null; references: string | null };

/**
 * The row for a new message, without writing it: for the intake's single statement, which inserts
 * its emails beside the inquiry (outboxInsertValues). Everything else calls queueEmail.
 */
export function newOutboxRow<K extends EmailKind>(kind: K, email: NewEmail<K>, options: QueueOptions, thread: Thread = { inReplyTo: null, references: null }) {
  const id = randomUUID();
  return {
    id,
    kind,
    inquiryId: email.inquiryId ?? null,
    toAddress: email.to,
    replyTo: email.replyTo ?? null,
    subject: headerSafe(email.subject, 300),
    messageId: messageIdFor(id, options.appUrl),
    inReplyTo: thread.inReplyTo,
    references: thread.references,
    payload: email.data === null ? Prisma.DbNull : (email.data as Prisma.InputJsonValue),
    sealedPayload: email.sealedPayload ?? null,
    calendarMethod: email.calendar?.method ?? null,
    calendarContent: email.calendar?.content ?? null,
    scheduleKey: options.scheduleKey ?? null,
    // Due by the same clock the sender claims with (not the database's).
    nextAttemptAt: options.sendAt ?? options.now,
    dueAt: options.sendAt ?? options.now,
    createdAt: options.now,
    updatedAt: options.now,
  } satisfies Prisma.OutboxMessageCreateManyInput;
}

export type OutboxRow = ReturnType<typeof newOutboxRow>;

/**
 * Queues one email in the caller's transaction (or on its own, for a message that goes with no
 * other change), threaded as its kind says; answers its outbox id.
 */
export async function queueEmail<K extends EmailKind>(tx: Transaction | Database, kind: K, email: NewEmail<K>, options: QueueOptions): Promise<string> {
  if (options.scheduleKey) await withdrawScheduledEmail(tx, options.scheduleKey, options.now);
  const row = newOutboxRow(kind, email, options, await threadFor(tx, EMAIL_KINDS[kind].threading, email.inquiryId ?? null));
  await tx.outboxMessage.create({ data: row });
  return row.id;
}

/**
 * Takes back the waiting message scheduled under `scheduleKey`, in the transaction of the change
 * that made it stale (a cancelled session's reminder). Answers how many were withdrawn.
 */
export async function withdrawScheduledEmail(tx: Transaction | Database, scheduleKey: string, now: Date): Promise<number> {
  const { count } = await tx.outboxMessage.updateMany({ where: { scheduleKey, status: "PENDING" }, data: { status: "WITHDRAWN", updatedAt: now } });
  return count;
}

async function threadFor(tx: Transaction | Database, threading: Threading, inquiryId: string | null): Promise<Thread> {
  if (threading === "none" || !inquiryId) return { inReplyTo: null, references: null };
  if (threading === "artist-thread") return leadEmailThread(tx, inquiryId);
  const notification = await tx.outboxMessage.findFirst({ where: { inquiryId, kind: "inquiry.studio-notification" }, select: { messageId: true } });
  return { inReplyTo: notification?.messageId ?? null, references: notification?.messageId ?? null };
}

/** The VALUES rows of an INSERT of `rows`, for a statement that writes them beside other rows. */
export function outboxInsertSql(rows: OutboxRow[]): Prisma.Sql {
  const values = rows.map(
    (row) => Prisma.sql`(${row.id}::uuid, ${row.kind}, ${row.inquiryId}::uuid, ${row.toAddress}, ${row.replyTo}, ${row.subject},
      ${row.messageId}, ${row.inReplyTo}, ${row.references}, ${row.payload === Prisma.DbNull ? null : JSON.stringify(row.payload)}::jsonb,
      ${row.scheduleKey}, ${row.nextAttemptAt}::timestamptz, ${row.dueAt}::timestamptz, ${row.createdAt}::timestamptz, ${row.updatedAt}::timestamptz)`,
  );
  return Prisma.sql`
    INSERT INTO "OutboxMessage" ("id", "kind", "inquiryId", "toAddress", "replyTo", "subject", "messageId", "inReplyTo",
      "references", "payload", "scheduleKey", "nextAttemptAt", "dueAt", "createdAt", "updatedAt")
    VALUES ${Prisma.join(values)}`;
}
