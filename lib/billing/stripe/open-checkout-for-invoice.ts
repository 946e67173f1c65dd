import { createHash } from "node:crypto";
import type Stripe from "stripe";
import type { Database } from "../../database/create-prisma-client";
import { ExpectedError, isExpectedError } from "../../errors/expected-error";
import { isUuid } from "../../validation/is-uuid";
import { loadInvoiceBalance } from "../invoice-balance";
import { isCardPaymentAvailable } from "./is-card-payment-available";
import type { StripeAccount } from "./stripe-account-for";

export type CheckoutInput = {
  invoiceId: string;
  /** The lead whose artist asks (from their verified link): another lead's invoice is "not found". */
  leadId: string;
  /** The artist's private page: Stripe sends them back there, paid or not. */
  returnUrl: string;
  now?: Date;
};

export type CardPayments = { stripe: StripeAccount | null; studioName: string };

/** A session about to lapse is not handed out: the artist needs time to type their card. */
const REUSE_MARGIN_MS = 10 * 60_000;
const HOUR_MS = 3_600_000;

/**
 * The Stripe Checkout page where the artist pays what is outstanding on one of their invoices.
 * A session already opened for the same invoice and amount is reused while it is open, so two
 * tabs (or a reload) pay into one session; otherwise one is created, under an idempotency key
 * made of the request itself, so two clicks at the same moment get one session from Stripe.
 * The PaymentIntent carries the invoice's id, which is how the webhook records the payment.
 */
export async function openCheckoutForInvoice(db: Database, input: CheckoutInput, { stripe, studioName }: CardPayments): Promise<{ url: string; sessionId: string }> {
  const now = input.now ?? new Date();
  if (!isUuid(input.invoiceId) || !isUuid(input.leadId)) throw new ExpectedError("invoice-not-found");
  const invoice = await db.invoice.findUnique({ where: { id: input.invoiceId } });
  if (!invoice || invoice.inquiryId !== input.leadId) throw new ExpectedError("invoice-not-found");
  if (invoice.kind === "CREDIT_NOTE") throw new ExpectedError("billing-not-allowed", `${invoice.number} is a credit note: there is nothing to pay on it.`);
  const { outstandingMinor } = await loadInvoiceBalance(db, invoice.id);
  if (outstandingMinor <= 0) throw new ExpectedError("billing-not-allowed", `${invoice.number} is paid in full. Thank you!`);
  if (!stripe || !(await isCardPaymentAvailable(db, stripe))) throw new ExpectedError("payments-unavailable");
  const context = { invoiceId: invoice.id, number: invoice.number, amountMinor: outstandingMinor };

  try {
    // Counted before looking for an open one: a click that finds none has counted without the
    // session a simultaneous click is about to store, so both ask with the same key (below).
    const opened = await db.stripeCheckout.count({ where: { invoiceId: invoice.id } });
    const open = await db.stripeCheckout.findFirst({
      where: { invoiceId: invoice.id, amountMinor: outstandingMinor, expiresAt: { gt: new Date(now.getTime() + REUSE_MARGIN_MS) } },
      orderBy: { createdAt: "desc" },
    });
    if (open) {
      // Missing: opened with other keys (test mode before live), so it cannot be paid with these.
      const session = await stripe.client.checkout.sessions.retrieve(open.id).catch((error: unknown) => {
        if ((error as { code?: string }).code === "resource_missing") return null;
        throw error;
      });
      if (session?.status === "open") return { url: open.url, sessionId: open.id };
      if (session?.status === "complete") {
        // Paid; the webhook that records it is on its way. Another session would take the money twice.
        throw new ExpectedError("billing-not-allowed", `Your card payment for ${invoice.number} has gone through. It will show here within a few minutes.`);
      }
      // Ended at Stripe (expired early): kept, but never offered again.
      await db.stripeCheckout.update({ where: { id: open.id }, data: { expiresAt: now } });
    }

    const params: Stripe.Checkout.SessionCreateParams = {
      mode: "payment",
      line_items: [
        {
          quantity: 1,
          price_data: { currency: invoice.currency.toLowerCase(), unit_amount: outstandingMinor, product_data: { name: `Invoice ${invoice.number} · ${studioName}` } },
        },
      ],
      client_reference_id: invoice.id,
      metadata: { invoiceId: invoice.id },
      payment_intent_data: { metadata: { invoiceId: invoice.id } },
      ...(invoice.buyerEmail ? { customer_email: invoice.buyerEmail } : {}),
      success_url: `${input.returnUrl}?payment=done`,
      cancel_url: `${input.returnUrl}?payment=cancelled`,
    };
    // The same request makes the same key: clicks at one moment share a session. The count of
    // sessions opened before moves the key on once one has ended (Stripe would answer with it
    // again), and the hour does after a failure (Stripe keeps a key's first answer, failures
    // included, for a day).
    const digest = createHash("sha256").update(JSON.stringify(params)).digest("hex").slice(0, 32);
    const idempotencyKey = `checkout-${invoice.id}-${opened}-${Math.floor(now.getTime() / HOUR_MS)}-${digest}`;
    const session = await stripe.client.checkout.sessions.create(params, { idempotencyKey });
    if (!session.url || session.status !== "open") throw new Error(`Stripe answered with a checkout session that is ${session.status}, without a page to pay on`);
    await db.stripeCheckout.createMany({
      data: [{ id: session.id, invoiceId: invoice.id, amountMinor: outstandingMinor, url: session.url, expiresAt: new Date(session.expires_at * 1000), createdAt: now }],
      skipDuplicates: true, // the other click of a pair stored it first
    });
    return { url: session.url, sessionId: session.id };
  } catch (error) {
    if (isExpectedError(error)) throw error;
    console.error("[stripe] could not open a checkout for an invoice", { ...context, error });
    throw new ExpectedError("payments-unavailable", { cause: error });
  }
}
