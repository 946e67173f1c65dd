// POST /api/webhooks/stripe, called with real Requests whose bodies are signed by the Stripe SDK's
// own test-header helper. Payments arrive at least once and sometimes twice at the same moment;
// the studio records each PaymentIntent once, and a deposit paid confirms the hold it pays for.
import { afterAll, beforeAll, expect, it } from "vitest";
import { heldSessionWithDeposit, signedWebhookRequest, standInAccount, stripeEvent, TEST_WEBHOOK_SECRET } from "@/test/support/card-payment-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { StripeStandIn } from "@/test/support/stripe-stand-in";
import { describeEachDatabase } from "@/test/test-databases";
import { handleStripeWebhook, MAX_WEBHOOK_BYTES } from "./handle-stripe-webhook";

const intentId = () => `pi_${crypto.randomUUID().replaceAll("-", "")}`;

describeEachDatabase("POST /api/webhooks/stripe", { poolSize: 8 }, ({ db }) => {
  // Nothing is asked of the stand-in here; it only gives the account a key to be built with.
  const standIn = new StripeStandIn();
  let deliveries = 0;
  const deliver = (request: Request) => handleStripeWebhook(request, { db, stripe: standInAccount(standIn), emailSettings: inquiryContext(db).emailSettings, afterCommit: () => deliveries++ });
  const checkoutCompleted = (invoiceId: string, pi: string, amount: number) =>
    stripeEvent("checkout.session.completed", { id: `cs_test_${pi}`, object: "checkout.session", mode: "payment", status: "complete", payment_status: "paid", amount_total: amount, currency: "gbp", payment_intent: pi, client_reference_id: invoiceId, metadata: { invoiceId }, customer_details: { email: "artist@example.com", name: "Zoë Adeyemi" } });
  const intentSucceeded = (invoiceId: string, pi: string, amount: number) =>
    stripeEvent("payment_intent.succeeded", { id: pi, object: "payment_intent", amount, amount_received: amount, currency: "gbp", status: "succeeded", metadata: { invoiceId } });
  beforeAll(() => standIn.start());
  afterAll(() => standIn.stop());

  it("records a paid checkout once however often it is delivered, and the deposit confirms the hold", async () => {
    const { invoice, booking } = await heldSessionWithDeposit(db, { amountMinor: 15_000 });
    const pi = intentId();
    const event = checkoutCompleted(invoice.id, pi, 15_000);
    const before = deliveries;
    const first = await deliver(signedWebhookRequest(event));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, outcome: `payment recorded on ${invoice.number}, confirming 1 held session` });
    const again = await deliver(signedWebhookRequest(event));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ outcome: "processed already" });

    expect(await db.payment.findMany({ where: { invoiceId: invoice.id } })).toEqual([expect.objectContaining({ amountMinor: 15_000, method: "STRIPE", stripePaymentIntentId: pi, reference: pi, attention: null })]);
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ status: "CONFIRMED", holdExpiresAt: null });
    expect(await db.outboxMessage.count({ where: { inquiryId: booking.inquiryId, kind: "booking.confirmed" } })).toBe(1);
    expect(deliveries).toBe(before + 1);
    const stored = await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored).toMatchObject({ type: "checkout.session.completed", outcome: `payment recorded on ${invoice.number}, confirming 1 held session` });
    expect(stored.processedAt).not.toBeNull();
    // The artist's card details and name stay with Stripe.
    expect(JSON.stringify(stored.payload)).not.toContain("artist@example.com");
  });

  it("makes one payment of a checkout and its PaymentIntent delivered at the same moment, round after round", async () => {
    for (let round = 0; round < 6; round++) {
      const { invoice, booking } = await heldSessionWithDeposit(db, { amountMinor: 9_000 });
      const pi = intentId();
      const events = [checkoutCompleted(invoice.id, pi, 9_000), intentSucceeded(invoice.id, pi, 9_000)];
      // Each event twice, all four at once.
      const responses = await Promise.all([...events, ...events].map((event) => deliver(signedWebhookRequest(event))));
      expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
      expect(await db.payment.count({ where: { invoiceId: invoice.id } })).toBe(1);
      expect(await db.payment.count({ where: { stripePaymentIntentId: pi } })).toBe(1);
      expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("CONFIRMED");
      const stored = await db.stripeEvent.findMany({ where: { id: { in: events.map((event) => event.id) } } });
      expect(stored.map((row) => row.processedAt !== null)).toEqual([true, true]);
      expect(stored.filter((row) => row.outcome!.startsWith("payment recorded"))).toHaveLength(1);
      expect(stored.filter((row) => row.outcome === `payment ${pi} was recorded already`)).toHaveLength(1);
    }
  });

  it.each([
    ["an unsigned body", (event: object) => new Request("https://studio.test/api/webhooks/stripe", { method: "POST", body: JSON.stringify(event) })],
    ["a body signed with another secret", (event: object) => signedWebhookRequest(event, { secret: "whsec_someoneelsesecret0000000000" })],
    ["a body changed after signing", (event: object) => {
      const signed = signedWebhookRequest(event);
      return new Request(signed.url, { method: "POST", body: JSON.stringify({ ...event, livemode: true }), headers: signed.headers });
    }],
    ["a stale signature (ten minutes old)", (event: object) => signedWebhookRequest(event, { timestamp: Math.floor(Date.now() / 1000) - 600 })],
  ])("answers %s with 400 and changes nothing", async (_case, makeRequest) => {
    const { invoice, booking } = await heldSessionWithDeposit(db);
    const event = checkoutCompleted(invoice.id, intentId(), 15_000);
    const response = await deliver(makeRequest(event));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "invalid-signature" });
    expect(await db.stripeEvent.count({ where: { id: event.id } })).toBe(0);
    expect(await db.payment.count({ where: { invoiceId: invoice.id } })).toBe(0);
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("HOLD");
  });

  it("stores and marks events it does not use, and payments for invoices it does not know, answering 200", async () => {
    const unknownType = stripeEvent("customer.created", { id: "cus_123", object: "customer" });
    const strangerId = crypto.randomUUID();
    const unknownInvoice = intentSucceeded(strangerId, intentId(), 5_000);
    const notOurs = stripeEvent("payment_intent.succeeded", { id: intentId(), object: "payment_intent", amount_received: 5_000, metadata: {} });
    const unpaid = stripeEvent("checkout.session.completed", { id: "cs_test_unpaid", object: "checkout.session", payment_status: "unpaid", amount_total: 5_000, payment_intent: intentId(), metadata: { invoiceId: crypto.randomUUID() } });
    for (const [event, outcome] of [
      [unknownType, "ignored: customer.created is not an event the studio uses"],
      [unknownInvoice, `ignored: unknown invoice ${strangerId}`],
      [notOurs, "ignored: no invoice in its metadata (not a payment from this app)"],
      [unpaid, "ignored: the session is unpaid"],
    ] as const) {
      const response = await deliver(signedWebhookRequest(event));
      expect(response.status).toBe(200);
      expect(await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ outcome, processedAt: expect.any(Date) });
    }
  });

  it("answers 500 when processing fails, and processes the stored event when Stripe delivers it again", async () => {
    const { invoice } = await heldSessionWithDeposit(db, { amountMinor: 7_000 });
    const event = intentSucceeded(invoice.id, intentId(), 7_000);
    const broken = { ...inquiryContext(db).emailSettings, appUrl: "not a url" }; // the confirmation email cannot be built
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const response = await handleStripeWebhook(signedWebhookRequest(event), { db, stripe: standInAccount(standIn), emailSettings: broken, afterCommit: () => {} });
      expect(response.status).toBe(500);
    } finally {
      console.error = original;
    }
    expect(JSON.stringify(logged)).toContain(event.id);
    expect(await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ processedAt: null, outcome: null });
    expect(await db.payment.count({ where: { invoiceId: invoice.id } })).toBe(0);

    const redelivered = await deliver(signedWebhookRequest(event));
    expect(redelivered.status).toBe(200);
    expect(await db.payment.count({ where: { invoiceId: invoice.id } })).toBe(1);
  });

  it("moves a refund on from its events, never back from a final state; 413 for too large a body, 404 without Stripe", async () => {
    const { invoice, lead, booking } = await heldSessionWithDeposit(db, { amountMinor: 6_000 });
    const pi = intentId();
    await deliver(signedWebhookRequest(intentSucceeded(invoice.id, pi, 6_000)));
    const payment = await db.payment.findUniqueOrThrow({ where: { stripePaymentIntentId: pi } });
    const { issueInvoice } = await import("../issue-invoice");
    const creditNote = await db.$transaction((tx) =>
      issueInvoice(tx, { kind: "CREDIT_NOTE", leadId: lead.id, groupId: booking.groupId, credits: { invoiceId: invoice.id, reason: "REFUND" }, lines: [{ description: "Refund", amountMinor: 6_000 }], actorId: null, now: new Date() }),
    );
    const refund = await db.refund.create({ data: { paymentId: payment.id, creditNoteId: creditNote.id, amountMinor: 6_000 } });
    const refundObject = (status: string) => ({ id: "re_test_refund1", object: "refund", amount: 6_000, currency: "gbp", payment_intent: pi, status, metadata: { refundId: refund.id } });
    await deliver(signedWebhookRequest(stripeEvent("refund.updated", refundObject("succeeded"))));
    expect(await db.refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({ status: "SUCCEEDED", stripeRefundId: "re_test_refund1" });
    const late = stripeEvent("refund.created", refundObject("pending"));
    await deliver(signedWebhookRequest(late));
    expect(await db.refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({ status: "SUCCEEDED" });
    expect(await db.stripeEvent.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ outcome: "refund re_test_refund1 is succeeded already" });

    const huge = await deliver(signedWebhookRequest(stripeEvent("customer.created", { id: "cus_1", object: "customer", description: "x".repeat(MAX_WEBHOOK_BYTES) })));
    expect(huge.status).toBe(413);
    const unconfigured = await handleStripeWebhook(signedWebhookRequest(late, { secret: TEST_WEBHOOK_SECRET }), { db, stripe: null, emailSettings: inquiryContext(db).emailSettings, afterCommit: () => {} });
    expect(unconfigured.status).toBe(404);
  });
});
