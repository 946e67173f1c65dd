import type Stripe from "stripe";
import type { Database } from "../../database/create-prisma-client";
import type { RefundStatus } from "../../generated/prisma/client";

const BATCH = 50;
const STATUS: Record<string, RefundStatus> = { succeeded: "SUCCEEDED", failed: "FAILED", canceled: "FAILED" };
/** Longer than the SDK's timeout with its retries, so the row stays locked for the whole call. */
const CALL_WINDOW = { maxWait: 10_000, timeout: 90_000 } as const;

export type StripeRefundsReport = { sent: number; failed: number };

type DueRefund = { id: string; amountMinor: number; intent: string };

/**
 * Asks Stripe for the refunds recorded against card payments that it has not made yet (PENDING,
 * no Stripe id), one at a time. Each row is locked (SKIP LOCKED) for its call, so workers side by
 * side never ask for one refund together; and the row's id is the idempotency key, so a retry
 * after a lost answer gets the same refund back rather than a second one. A failure keeps the row
 * PENDING with the error, for the next run. Stripe's answer says whether it is done; a refund
 * still pending there is settled by its refund.updated event.
 */
export async function sendStripeRefunds(db: Database, { now, stripe }: { now: Date; stripe: Stripe }): Promise<StripeRefundsReport> {
  const report = { sent: 0, failed: 0 };
  const tried: string[] = [];
  for (let round = 0; round < BATCH; round++) {
    const done = await db.$transaction(async (tx) => {
      const [refund] = await tx.$queryRaw<DueRefund[]>`
        SELECT r."id", r."amountMinor", p."stripePaymentIntentId" AS "intent"
        FROM "Refund" r JOIN "Payment" p ON p."id" = r."paymentId"
        WHERE r."status" = 'PENDING' AND r."stripeRefundId" IS NULL AND p."method" = 'STRIPE' AND NOT (r."id" = ANY(${tried}::uuid[]))
        ORDER BY r."createdAt" LIMIT 1
        FOR UPDATE OF r SKIP LOCKED`;
      if (!refund) return false;
      tried.push(refund.id);
      try {
        const made = await stripe.refunds.create({ payment_intent: refund.intent, amount: refund.amountMinor, metadata: { refundId: refund.id } }, { idempotencyKey: refund.id });
        await tx.refund.update({ where: { id: refund.id }, data: { stripeRefundId: made.id, status: STATUS[made.status ?? ""] ?? "PENDING", lastError: null, updatedAt: now } });
        report.sent++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await tx.refund.update({ where: { id: refund.id }, data: { lastError: `${now.toISOString()}: ${message}`.slice(0, 500), updatedAt: now } });
        report.failed++;
      }
      return true;
    }, CALL_WINDOW);
    if (!done) break;
  }
  return report;
}
