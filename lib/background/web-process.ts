import "server-only";
import { stripeAccount } from "../billing/stripe/stripe-account";
import { getDb } from "../db";
import { getMailTransport } from "../email/get-mail-transport";
import { env } from "../env";
import { emailSettings } from "../inquiries/email-settings";
import { releaseEmailClaimsOf } from "../outbox/release-email-claims";
import { backgroundTasks, DELIVER_EMAIL, SEND_STRIPE_REFUNDS } from "./background-tasks";
import { startBackgroundWork, type BackgroundWork } from "./run-background-work";
import { requestWake } from "./wake-workers";

// The web process's share of background work: all of it by default (one `npm start` is a whole
// studio), none with BACKGROUND_WORK=off, when `npm run worker` processes do it instead.
// Cached on globalThis because the dev server re-evaluates modules on every edit.
const state = globalThis as { studioDeskBackgroundWork?: BackgroundWork | null };

/** Called once when the server starts (instrumentation.ts). */
export function startWebBackgroundWork(): void {
  if (env.BACKGROUND_WORK === "off" || state.studioDeskBackgroundWork) return;
  const db = getDb();
  const work: BackgroundWork = startBackgroundWork({
    db,
    role: "web",
    tasks: backgroundTasks({
      transport: getMailTransport(),
      settings: emailSettings(),
      from: env.MAIL_FROM,
      authSecret: env.AUTH_SECRET,
      stripe: stripeAccount(),
      shouldStop: () => work.stopping,
    }),
    onStop: (workerId) => releaseEmailClaimsOf(db, workerId, new Date()).then(() => {}),
  });
  state.studioDeskBackgroundWork = work;
  // scripts/serve.mjs calls this on SIGTERM and waits for it (bounded) before the process exits.
  (globalThis as { studioDeskStopBackgroundWork?: () => Promise<void> }).studioDeskStopBackgroundWork = () => work.stop();
}

/**
 * Delivers what was just queued, in the background; call it right after the commit (through
 * `after()`). Without background work in this process, the workers are woken instead.
 */
export function requestOutboxDelivery(): void {
  requestTaskRun(DELIVER_EMAIL);
}

/**
 * Sends the card refunds just recorded to Stripe, in the background; call it right after the
 * commit that wrote the Refund rows (through `after()`), as requestOutboxDelivery.
 */
export function requestStripeRefunds(): void {
  requestTaskRun(SEND_STRIPE_REFUNDS);
}

function requestTaskRun(name: string): void {
  const work = state.studioDeskBackgroundWork;
  if (work) return work.requestRun(name);
  requestWake(getDb(), name);
}
