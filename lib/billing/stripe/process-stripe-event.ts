import type Stripe from "stripe";
import type { Transaction } from "../../database/transaction";
import type { RefundStatus } from "../../generated/prisma/client";
import type { EmailSettings } from "../../inquiries/queue-inquiry-emails";
import { isUuid } from "../../validation/is-uuid";
import { recordPayment } from "../record-payment";

export type StripeEventResult = {
  /** What processing did, in a few words, kept on the event's row ("ignored: …" when nothing). */
  outcome: string;
  /** A payment was written (and perhaps its confirmation emails queued): ask for delivery. */
  paymentRecorded: boolean;
};

const REFUND_STATUS: Record<string, RefundStatus> = { succeeded: "SUCCEEDED", failed: "FAILED", canceled: "FAILED", pending: "PENDING", requires_action: "PENDING" };

/**
 * Applies one verified Stripe event in the caller's transaction. A Checkout Session that is paid
 * and its PaymentIntent's success are both recorded through recordPayment under the
 * PaymentIntent's id, so whichever arrives second finds the payment there: the pair is one
 * payment. A refund's events move the matching Refund row on. Everything else is ignored, saying why.
 * ExpectedErrors (a refused payment) are the caller's to turn into an "ignored" outcome.
 */
export async function processStripeEvent(tx: Transaction, event: Stripe.Event, { emailSettings, now }: { emailSettings: EmailSettings; now: Date }): Promise<StripeEventResult> {
  const receivedAt = new Date(event.created * 1000);
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      const session = event.data.object;
      if (session.payment_status !== "paid") return ignored(`the session is ${session.payment_status}`);
      const intent = typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
      return pay(tx, { invoiceId: session.metadata?.invoiceId ?? session.client_reference_id, intent, amountMinor: session.amount_total, receivedAt, now }, emailSettings);
    }
    case "payment_intent.succeeded": {
      const intent = event.data.object;
      return pay(tx, { invoiceId: intent.metadata?.invoiceId, intent: intent.id, amountMinor: intent.amount_received, receivedAt, now }, emailSettings);
    }
    case "refund.created":
    case "refund.updated":
    case "refund.failed":
    case "charge.refund.updated":
      return { outcome: await updateRefund(tx, event.data.object), paymentRecorded: false };
    case "charge.refunded": {
      const refunds = event.data.object.refunds?.data ?? [];
      if (refunds.length === 0) return ignored("the charge lists no refunds (refund.updated carries each)");
      const outcomes = [];
      for (const refund of refunds) outcomes.push(await updateRefund(tx, refund));
      return { outcome: outcomes.join("; "), paymentRecorded: false };
    }
    default:
      return ignored(`${event.type} is not an event the studio uses`);
  }
}

async function pay(
  tx: Transaction,
  { invoiceId, intent, amountMinor, receivedAt, now }: { invoiceId: string | null | undefined; intent: string | undefined; amountMinor: number | null; receivedAt: Date; now: Date },
  emailSettings: EmailSettings,
): Promise<StripeEventResult> {
  if (!invoiceId) return ignored("no invoice in its metadata (not a payment from this app)");
  if (!intent) return ignored("no PaymentIntent");
  if (!amountMinor || amountMinor <= 0) return ignored("no amount received");
  const invoice = isUuid(invoiceId) ? await tx.invoice.findUnique({ where: { id: invoiceId }, select: { id: true, number: true } }) : null;
  if (!invoice) return ignored(`unknown invoice ${invoiceId.slice(0, 60)}`);
  const { created, confirmedSessions } = await recordPayment(
    tx,
    { invoiceId: invoice.id, amountMinor, method: "STRIPE", reference: intent, receivedAt, stripePaymentIntentId: intent, actorId: null, now },
    emailSettings,
  );
  if (!created) return { outcome: `payment ${intent} was recorded already`, paymentRecorded: false };
  const confirmed = confirmedSessions > 0 ? `, confirming ${confirmedSessions} held session${confirmedSessions === 1 ? "" : "s"}` : "";
  return { outcome: `payment recorded on ${invoice.number}${confirmed}`, paymentRecorded: true };
}

/** Moves the Refund row Stripe's refund belongs to on: never from a final state back to pending. */
async function updateRefund(tx: Transaction, refund: Stripe.Refund): Promise<string> {
  const status = REFUND_STATUS[refund.status ?? ""] ?? "PENDING";
  // Our id travels in the refund's metadata, so an event that overtakes our own write of its id
  // still finds it. Locked, so the decision below is made on the row as it is (the refund sender
  // holds it while it asks Stripe).
  const ours = refund.metadata?.refundId;
  const [row] = await tx.$queryRaw<{ id: string; status: RefundStatus }[]>`
    SELECT "id", "status" FROM "Refund" WHERE "stripeRefundId" = ${refund.id} OR "id" = ${isUuid(ours ?? "") ? ours! : null}::uuid LIMIT 1 FOR UPDATE`;
  if (!row) return `ignored: unknown refund ${refund.id.slice(0, 60)}`;
  if (status === "PENDING" && row.status !== "PENDING") return `refund ${refund.id} is ${row.status.toLowerCase()} already`;
  const lastError = status === "FAILED" ? `Stripe: ${refund.failure_reason ?? refund.status}`.slice(0, 500) : null;
  await tx.refund.update({ where: { id: row.id }, data: { status, stripeRefundId: refund.id, lastError } });
  return `refund ${refund.id} ${status.toLowerCase()}`;
}

function ignored(why: string): StripeEventResult {
  return { outcome: `ignored: ${why}`, paymentRecorded: false };
}
