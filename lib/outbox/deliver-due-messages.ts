// Delivers outbox rows whose time has come. Safe to run in several processes at once: each
// claims a small batch with FOR UPDATE SKIP LOCKED and pushes its rows' next attempt past the
// time the whole batch can take (a lease) in the same statement, so no two senders hold the same
// row. Every later update is guarded by the attempt number it claimed, so a sender whose lease
// ran out anyway cannot overwrite the newer attempt's outcome.
import { driverPoolOf, type Database } from "../database/create-prisma-client";
import type { CalendarMethod, EmailAttachment, MailSender } from "../email/mail-sender";
import type { OutboxMessage } from "../generated/prisma/client";
import type { MessageRenderer } from "./render-queued-message";
import { batchLoader, batchWhileBusy } from "./batch-loader";
import { attachesFiles } from "./email-kinds";
import { retryDelayMs, shouldGiveUp } from "./retry-schedule";
import { isDatabaseError } from "../database/driver-error";

/** Worst case for one message: connection, greeting and socket timeouts (create-mail-transport.ts). */
const WORST_CASE_SEND_MS = 50_000;
/**
 * Claimed together: one claim, one read of what they render from and one store of their bodies
 * for all of them. Their sends share the transport's connection pool.
 */
export const BATCH_SIZE = 25;
/** Stored in place of a body that carried a secret (a sign-in link). */
const NOT_KEPT = "(Not kept: this message carried a one-time sign-in link.)";

const CALENDAR_METHODS: readonly string[] = ["REQUEST", "CANCEL", "PUBLISH"] satisfies CalendarMethod[];

export type DeliveryOptions = {
  db: Database;
  /** Recorded on each claimed row, so a worker that dies has its claims handed on (release-email-claims.ts). */
  workerId?: string;
  /** Checked between batches: a worker that is stopping finishes its batch and claims no more. */
  shouldStop?: () => boolean;
  transport: MailSender;
  /**
   * Renders bodies not rendered yet (the first attempt); the result is stored on the row. A kind
   * that attaches files is rendered at every attempt for them, and sent with its stored bodies.
   */
  render: MessageRenderer;
  from: string;
  now?: () => Date;
  batchSize?: number;
  log?: (line: string) => void;
};

export type DeliveryReport = { sent: number; retried: number; dead: number };

/** Claims and sends due messages until none are left, or `maxBatches` batches were processed. */
export async function deliverDueMessages(options: DeliveryOptions, maxBatches = 20): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, dead: 0 };
  const markSent = sentMarker(options.db, options.now);
  for (let batch = 0; batch < maxBatches && !options.shouldStop?.(); batch++) {
    const claimed = await claimDueMessages(options);
    if (claimed.length === 0) break;
    // The batch's messages go out side by side over the transport's connection pool.
    const storeBodies = bodyStore(options.db);
    // Settled, not raced: a failure must not leave sends running that nothing waits for.
    const outcomes = await Promise.allSettled(claimed.map((message) => deliverOne(message, options, { storeBodies, markSent })));
    for (const outcome of outcomes) if (outcome.status === "fulfilled") report[outcome.value]++;
    const failed = outcomes.find((outcome) => outcome.status === "rejected");
    if (failed) throw failed.reason;
  }
  return report;
}

async function claimDueMessages({ db, workerId, now = () => new Date(), batchSize = BATCH_SIZE }: DeliveryOptions) {
  const at = now();
  // The lease only matters for a worker that is alive but stuck: a dead one's claims are released
  // as soon as it stops being seen.
  const leaseMs = batchSize * WORST_CASE_SEND_MS + 60_000;
  // Through the driver, as the body store and the marks are (driverPoolOf: Prisma's planning of
  // these statements cost more CPU than sending the mail). The columns come back as $queryRaw
  // gave them: uuids and text as strings, timestamps as Dates, the payload parsed.
  const { rows } = await driverPoolOf(db).query<OutboxMessage>(
    `UPDATE "OutboxMessage"
    SET "attempts" = "attempts" + 1, "nextAttemptAt" = $1, "updatedAt" = now(), "claimedBy" = $2
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= $3
      ORDER BY "nextAttemptAt"
      LIMIT $4
      FOR UPDATE SKIP LOCKED
    )
    RETURNING *`,
    [new Date(at.getTime() + leaseMs), workerId ?? null, at, batchSize],
  );
  return rows;
}

async function deliverOne(message: OutboxMessage, options: DeliveryOptions, { storeBodies, markSent }: { storeBodies: BodyStore; markSent: SentMarker }): Promise<keyof DeliveryReport> {
  const { db, transport, render, from, now = () => new Date(), log = console.error } = options;
  let { htmlBody, textBody } = message;
  let attachments: EmailAttachment[] | undefined;
  const sealed = message.sealedPayload !== null;
  try {
    if (htmlBody === null || textBody === null || sealed) {
      ({ html: htmlBody, text: textBody, attachments } = await render(message));
    } else if (attachesFiles(message.kind)) {
      // A retry sends the bodies stored at the first attempt; the files are never stored.
      ({ attachments } = await render(message));
    }
    // A message carrying a secret is rendered afresh at every attempt and its body never stored;
    // a retry's bodies are stored already. Either way this is the last look before sending: if
    // the row changed under us (withdrawn, its lead erased, or taken by another sender after the
    // lease ran out), this sender no longer owns the message and must not send it.
    const firstRender = message.htmlBody === null || message.textBody === null;
    const kept = !firstRender ? { html: null, text: null } : sealed ? { html: NOT_KEPT, text: NOT_KEPT } : { html: htmlBody, text: textBody };
    // The store goes through the driver, whose errors are not Prisma's: marked so they are retried.
    const stillMine = await storeBodies({ id: message.id, attempts: message.attempts, ...kept }).catch((error: unknown) => {
      throw new StoreFailed(error);
    });
    if (!stillMine) return "dead";
  } catch (error) {
    if (error instanceof StoreFailed) return fail(message, `could not prepare: ${describe(error.cause)}`, { permanent: false }, options);
    // Rendering is deterministic: trying again tomorrow would fail the same way. Reading what it
    // renders from, or storing the result, can fail for a moment like any query: that is retried.
    if (isDatabaseError(error)) return fail(message, `could not prepare: ${describe(error)}`, { permanent: false }, options);
    return fail(message, `could not render: ${describe(error)}`, { permanent: true }, options);
  }
  // The method goes into a Content-Type header: only the three iTIP methods we write are sent.
  const { calendarMethod, calendarContent } = message;
  if (calendarContent !== null && !CALENDAR_METHODS.includes(calendarMethod ?? "")) {
    return fail(message, `unknown calendar method ${JSON.stringify(calendarMethod)}`, { permanent: true }, options);
  }
  try {
    await transport.sendMail({
      from,
      to: message.toAddress,
      replyTo: message.replyTo ?? undefined,
      subject: message.subject,
      text: textBody,
      html: htmlBody,
      messageId: message.messageId,
      inReplyTo: message.inReplyTo ?? undefined,
      references: message.references ?? message.inReplyTo ?? undefined,
      icalEvent: calendarContent === null ? undefined : { method: calendarMethod as CalendarMethod, content: calendarContent },
      attachments,
    });
  } catch (error) {
    // 5xx from the server is a permanent refusal (unknown mailbox, policy); the rest may pass.
    const code = (error as { responseCode?: number }).responseCode;
    return fail(message, describe(error), { permanent: typeof code === "number" && code >= 500 }, options);
  }
  // Marked at once: the time between the server's "accepted" and this is the window in which a
  // crash would send it twice. Messages whose sends end while a mark is being written are
  // marked together in the next statement, so the window is at most two statements long.
  if (!(await markSent({ id: message.id, attempts: message.attempts }))) {
    // Sent, though in the moment since the last look the row was withdrawn, erased or taken over:
    // say so on the row and in the log, rather than leave it looking unsent.
    const at = now();
    const [row] = await db.$queryRaw<{ status: string }[]>`
      UPDATE "OutboxMessage" SET "sentAt" = ${at}, "lastError" = 'Sent as it was being withdrawn, erased or taken over', "updatedAt" = ${at}
      WHERE "id" = ${message.id}::uuid AND "attempts" = ${message.attempts} RETURNING "status"`;
    log(`[outbox] ${message.id} was sent while ${row ? `it became ${row.status}` : "another sender took it over (it may be sent again)"}`);
  }
  return "sent";
}

type ClaimedRow = { id: string; attempts: number };
type SentMarker = (row: ClaimedRow) => Promise<boolean | undefined>;

/** Marks sent messages SENT (guarded by the attempt claimed); answers whether the row was still this sender's. */
function sentMarker(db: Database, now: () => Date = () => new Date()): SentMarker {
  const pool = driverPoolOf(db);
  const mark = async (rows: ClaimedRow[]) => {
    const at = now();
    const marked = await pool.query<{ id: string }>(
      `UPDATE "OutboxMessage" m SET "status" = 'SENT', "sentAt" = $1, "lastError" = NULL, "sealedPayload" = NULL, "updatedAt" = $1
      FROM unnest($2::uuid[], $3::int[]) AS v("id", "attempts")
      WHERE m."id" = v."id" AND m."attempts" = v."attempts" AND m."status" = 'PENDING'
      RETURNING m."id"`,
      [at, rows.map((row) => row.id), rows.map((row) => row.attempts)],
    );
    return marked.rows;
  };
  return batchWhileBusy(async (rows: ClaimedRow[]) => {
    // These messages are sent already: a mark that fails for a moment is tried once more before
    // they are left to be sent again.
    const marked = await mark(rows).catch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      return mark(rows);
    });
    const mine = new Set(marked.map((row) => row.id));
    return new Map(rows.map((row) => [row, mine.has(row.id)]));
  });
}

type BodyRow = { id: string; attempts: number; html: string | null; text: string | null };
type BodyStore = (row: BodyRow) => Promise<boolean | undefined>;

/**
 * Stores the bodies a batch rendered for the first time (null: keep what is stored), in one
 * statement; answers, per row, whether it is still this sender's to send.
 */
function bodyStore(db: Database): BodyStore {
  const pool = driverPoolOf(db);
  return batchLoader(async (rows: BodyRow[]) => {
    const stored = await pool.query<{ id: string }>(
      `UPDATE "OutboxMessage" m SET "htmlBody" = COALESCE(v."html", m."htmlBody"), "textBody" = COALESCE(v."text", m."textBody"), "updatedAt" = now()
      FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[]) AS v("id", "attempts", "html", "text")
      WHERE m."id" = v."id" AND m."attempts" = v."attempts" AND m."status" = 'PENDING'
      RETURNING m."id"`,
      [rows.map((row) => row.id), rows.map((row) => row.attempts), rows.map((row) => row.html), rows.map((row) => row.text)],
    );
    const mine = new Set(stored.rows.map((row) => row.id));
    return new Map(rows.map((row) => [row, mine.has(row.id)]));
  });
}

async function fail(message: OutboxMessage, reason: string, { permanent }: { permanent: boolean }, options: DeliveryOptions) {
  const { db, now = () => new Date(), log = console.error } = options;
  const dead = permanent || shouldGiveUp(message, now());
  log(`[outbox] ${message.kind} ${message.id} attempt ${message.attempts} failed${dead ? " (giving up)" : ""}: ${reason}`);
  await db.outboxMessage.updateMany({
    where: { id: message.id, attempts: message.attempts, status: "PENDING" },
    data: dead
      ? { status: "DEAD", lastError: reason.slice(0, 2000), sealedPayload: null }
      : { lastError: reason.slice(0, 2000), nextAttemptAt: new Date(now().getTime() + retryDelayMs(message.attempts)), claimedBy: null },
  });
  return dead ? ("dead" as const) : ("retried" as const);
}

/** Storing a batch's bodies failed: a moment's trouble with the database, tried again later. */
class StoreFailed extends Error {
  constructor(cause: unknown) {
    super("could not store the bodies", { cause });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
