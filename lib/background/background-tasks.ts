// Every named background task, with its schedule. Add new ones here (reminders, payments, …):
// the runner gives each its own timer, its failure reports and a row on the System page.
import { sendStripeRefunds } from "../billing/stripe/send-stripe-refunds";
import type { StripeAccount } from "../billing/stripe/stripe-account-for";
import { expireHolds } from "../bookings/expire-holds";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import type { MailSender } from "../email/mail-sender";
import { deliverDueMessages } from "../outbox/deliver-due-messages";
import { releaseClaimsOfGoneWorkers } from "../outbox/release-email-claims";
import { createMessageRenderer } from "../outbox/render-queued-message";
import { pruneRateLimitCounters } from "../rate-limit/consume-rate-limit";
import type { BackgroundTask } from "./background-task";
import { pruneGoneWorkers } from "./worker-presence";

export type BackgroundTaskDeps = {
  transport: MailSender;
  settings: EmailSettings;
  from: string;
  authSecret?: string;
  /** The studio's Stripe account (stripeAccountFor), or null without card payments. */
  stripe?: StripeAccount | null;
  /** True once the process is stopping: long runs end after their current step. */
  shouldStop: () => boolean;
};

/** Every task, in the order the System page lists them. */
export const BACKGROUND_TASK_NAMES = [
  "deliver-email",
  "release-email-claims",
  "expire-holds",
  "send-stripe-refunds",
  "prune-rate-limit-counters",
  "prune-sign-in-links",
  "prune-gone-workers",
] as const;
export type BackgroundTaskName = (typeof BACKGROUND_TASK_NAMES)[number];
export const DELIVER_EMAIL: BackgroundTaskName = "deliver-email";
export const SEND_STRIPE_REFUNDS: BackgroundTaskName = "send-stripe-refunds";
/**
 * Delivery lanes per worker, each with a batch in flight (deliver-due-messages.ts), so one lane
 * renders while the others wait on the mail server. At most this many batches are between
 * "accepted by the mail server" and "marked sent" when a worker dies: the duplicate window.
 */
export const DELIVERY_LANES = 4;

export function backgroundTasks({ transport, settings, from, authSecret, stripe = null, shouldStop }: BackgroundTaskDeps): BackgroundTask[] {
  const tasks: (BackgroundTask & { name: BackgroundTaskName })[] = [
    {
      // Woken at once when mail is queued (here, or by a web process through NOTIFY); the timer
      // only picks up retries that have come due.
      name: DELIVER_EMAIL,
      everyMs: 5_000,
      exclusive: false,
      async run({ db, workerId, now }) {
        const render = createMessageRenderer(db, settings, { authSecret });
        const total = { sent: 0, retried: 0, dead: 0 };
        // Keep going while rounds find work: a backlog drains at full speed, not one round per poll.
        for (let round = 0; round < 1_000 && !shouldStop(); round++) {
          // Several lanes side by side (SKIP LOCKED gives each its own rows): delivery waits on the
          // database and the mail server far more than on this process.
          const lanes = await Promise.allSettled(Array.from({ length: DELIVERY_LANES }, () => deliverDueMessages({ db, transport, render, from, workerId, now, shouldStop })));
          const failed = lanes.find((lane) => lane.status === "rejected");
          if (failed) throw failed.reason;
          const reports = lanes.map((lane) => (lane as PromiseFulfilledResult<Awaited<ReturnType<typeof deliverDueMessages>>>).value);
          for (const report of reports) for (const key of ["sent", "retried", "dead"] as const) total[key] += report[key];
          if (reports.every((report) => report.sent + report.retried + report.dead === 0)) break;
        }
        return `sent ${total.sent}, retried ${total.retried}, gave up ${total.dead}`;
      },
    },
    {
      name: "release-email-claims",
      everyMs: 10_000,
      exclusive: true,
      leaseMs: 60_000,
      run: async ({ db, now }) => `released ${await releaseClaimsOfGoneWorkers(db, now())} claims of stopped workers`,
    },
    {
      // Overdue holds stop blocking at once anyway (a booking attempt expires them); this records
      // each expiry once, with its timeline entry.
      name: "expire-holds",
      everyMs: 15_000,
      exclusive: true,
      leaseMs: 60_000,
      run: async ({ db, now }) => `expired ${await expireHolds(db, { now: now() })} holds`,
    },
    {
      // Woken right after a cancellation that refunds a card payment commits (requestStripeRefunds);
      // the timer retries failures. In every worker, like email: rows are locked one at a time.
      name: SEND_STRIPE_REFUNDS,
      everyMs: 30_000,
      exclusive: false,
      async run({ db, now }) {
        if (!stripe) return "card payments are not configured";
        const { sent, failed } = await sendStripeRefunds(db, { now: now(), stripe: stripe.client });
        return `sent ${sent} refunds to Stripe, ${failed} failed (tried again later)`;
      },
    },
    {
      name: "prune-rate-limit-counters",
      everyMs: 10 * 60_000,
      exclusive: true,
      run: async ({ db, now }) => `removed ${await pruneRateLimitCounters(db, now())} counters`,
    },
    {
      name: "prune-sign-in-links",
      everyMs: 10 * 60_000,
      exclusive: true,
      run: async ({ db, now }) => `removed ${(await db.verificationToken.deleteMany({ where: { expires: { lt: now() } } })).count} expired links`,
    },
    {
      name: "prune-gone-workers",
      everyMs: 60 * 60_000,
      exclusive: true,
      run: async ({ db, now }) => `removed ${await pruneGoneWorkers(db, now())} workers not seen for a day`,
    },
  ];
  return BACKGROUND_TASK_NAMES.map((name) => tasks.find((task) => task.name === name)!);
}
