// POST /api/webhooks/stripe, as a plain function of a Request so it can be tested without a
// server. Stripe delivers each event at least once, sometimes twice at the same moment, and in
// any order; it retries anything not answered 2xx for three days.
import type Stripe from "stripe";
import { runBookingTransaction } from "../../bookings/run-booking-transaction";
import type { Database } from "../../database/create-prisma-client";
import { isExpectedError } from "../../errors/expected-error";
import { readLimitedBody } from "../../http/read-limited-body";
import type { EmailSettings } from "../../inquiries/queue-inquiry-emails";
import { processStripeEvent, type StripeEventResult } from "./process-stripe-event";
import type { StripeAccount } from "./stripe-account-for";

/** Stripe's events for a checkout or a refund are a few kilobytes. */
export const MAX_WEBHOOK_BYTES = 256 * 1024;
/** Personal details Stripe sends along that the studio does not need to keep (its lead holds them, until erased). */
const PERSONAL_KEYS = new Set(["customer_details", "customer_email", "billing_details", "receipt_email", "shipping", "shipping_details", "collected_information"]);

type Dependencies = { db: Database; stripe: StripeAccount | null; emailSettings: EmailSettings; afterCommit: () => void; now?: () => Date };

/**
 * Verifies the signature on the raw body (the SDK refuses a timestamp more than five minutes
 * old), stores the event once by its id, then processes it in one transaction that locks its
 * row: a redelivery, even a simultaneous one, finds it processed and is answered 200. A fault
 * rolls the processing back and is answered 500, so Stripe delivers the event again.
 */
export async function handleStripeWebhook(request: Request, { db, stripe, emailSettings, afterCommit, now = () => new Date() }: Dependencies): Promise<Response> {
  if (!stripe) return json(404, { error: "not-found", message: "Card payments are not configured." });
  const body = await readLimitedBody(request, MAX_WEBHOOK_BYTES);
  if (body === null) return json(413, { error: "too-large", message: `The body must be at most ${MAX_WEBHOOK_BYTES} bytes.` });
  const signature = request.headers.get("stripe-signature");
  let event: Stripe.Event;
  try {
    if (!signature) return json(400, { error: "invalid-signature" });
    event = stripe.client.webhooks.constructEvent(body, signature, stripe.webhookSecret);
  } catch {
    return json(400, { error: "invalid-signature" });
  }

  try {
    const receivedAt = now();
    const payload = JSON.stringify(withoutPersonalDetails(event));
    await db.$executeRaw`
      INSERT INTO "StripeEvent" ("id", "type", "payload", "receivedAt") VALUES (${event.id}, ${event.type}, ${payload}::jsonb, ${receivedAt})
      ON CONFLICT ("id") DO NOTHING`;
    const { outcome, paymentRecorded } = await settleEvent(db, event, emailSettings, now());
    if (paymentRecorded) afterCommit();
    return json(200, { received: true, outcome });
  } catch (error) {
    console.error("[api/webhooks/stripe] processing an event failed; Stripe will deliver it again", { eventId: event.id, type: event.type, error });
    return json(500, { error: "internal" });
  }
}

async function settleEvent(db: Database, event: Stripe.Event, emailSettings: EmailSettings, now: Date): Promise<StripeEventResult> {
  try {
    return await runBookingTransaction(db, async (tx) => {
      const [row] = await tx.$queryRaw<{ processedAt: Date | null }[]>`SELECT "processedAt" FROM "StripeEvent" WHERE "id" = ${event.id} FOR UPDATE`;
      if (!row) throw new Error(`Stripe event ${event.id} was not stored`);
      if (row.processedAt) return { outcome: "processed already", paymentRecorded: false };
      const result = await processStripeEvent(tx, event, { emailSettings, now });
      await tx.stripeEvent.update({ where: { id: event.id }, data: { processedAt: now, outcome: result.outcome.slice(0, 200) } });
      return result;
    });
  } catch (error) {
    if (!isExpectedError(error)) throw error;
    // Refused by the domain (a payment against a credit note): nothing of it was written, and
    // delivering it again would be refused again. Kept, marked, answered 200.
    const outcome = `ignored: ${error.message}`.slice(0, 200);
    await db.stripeEvent.updateMany({ where: { id: event.id, processedAt: null }, data: { processedAt: now, outcome } });
    return { outcome, paymentRecorded: false };
  }
}

function withoutPersonalDetails(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPersonalDetails);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !PERSONAL_KEYS.has(key)).map(([key, inner]) => [key, withoutPersonalDetails(inner)]));
}

function json(status: number, body: unknown) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
