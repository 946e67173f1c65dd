import "server-only";
import { expireHolds } from "../bookings/expire-holds";
import { getDb } from "../db";
import { getMailTransport } from "../email/get-mail-transport";
import { env } from "../env";
import { pruneRateLimitCounters } from "../rate-limit/consume-rate-limit";
import { emailSettings } from "../inquiries/email-settings";
import { deliverDueMessages } from "./deliver-due-messages";
import { createMessageRenderer } from "./render-queued-message";

// One delivery loop per process. A request to deliver while a round is running schedules one
// more round instead of a second concurrent loop; other instances coordinate through the
// database (see deliver-due-messages.ts).
type WorkerState = { running: boolean; again: boolean; timer?: NodeJS.Timeout; lastFailureLog?: number };
const state = ((globalThis as { studioDeskOutbox?: WorkerState }).studioDeskOutbox ??= { running: false, again: false });

const POLL_INTERVAL_MS = 15_000;
/** While the database stays unreachable, say so once every five minutes, not every round. */
const FAILURE_LOG_INTERVAL_MS = 300_000;

/** Delivers whatever is due now, in the background; call it right after a commit that queued mail. */
export function requestOutboxDelivery(): void {
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  void (async () => {
    try {
      const db = getDb();
      const render = createMessageRenderer(db, emailSettings(), { authSecret: env.AUTH_SECRET });
      let handled = 0;
      do {
        state.again = false;
        // Keep going while rounds find work: a backlog drains at full speed, not one round per poll.
        const report = await deliverDueMessages({ db, transport: getMailTransport(), render, from: env.MAIL_FROM });
        handled = report.sent + report.retried + report.dead;
      } while (state.again || handled > 0);
      if (state.lastFailureLog) console.error("[outbox] delivery works again");
      state.lastFailureLog = undefined;
    } catch (error) {
      if (!state.lastFailureLog || Date.now() - state.lastFailureLog > FAILURE_LOG_INTERVAL_MS) {
        console.error("[outbox] delivery round failed (retrying every 15 s):", error);
        state.lastFailureLog = Date.now();
      }
    } finally {
      state.running = false;
    }
  })();
}

/**
 * Polls for due retries, expires overdue holds, and tidies old rate-limit counters and sign-in
 * links, for as long as the server runs.
 */
export function startOutboxWorker(): void {
  if (state.timer) return;
  state.timer = setInterval(() => {
    requestOutboxDelivery();
    // Failures here mean the database is unreachable, which the delivery round already reports.
    pruneRateLimitCounters(getDb()).catch(() => {});
    getDb().verificationToken.deleteMany({ where: { expires: { lt: new Date() } } }).catch(() => {});
    // Overdue holds free their slots; every instance sweeps, and each hold expires exactly once.
    expireHolds(getDb(), { now: new Date() }).catch(() => {});
  }, POLL_INTERVAL_MS);
  state.timer.unref();
  requestOutboxDelivery();
}
