// Opening a checkout through the official SDK, against the loopback stand-in for Stripe's API
// (test/support/stripe-stand-in.ts): what is asked of Stripe, and that a session is reused.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { heldSessionWithDeposit, standInAccount } from "@/test/support/card-payment-fixtures";
import { StripeStandIn } from "@/test/support/stripe-stand-in";
import { describeEachDatabase } from "@/test/test-databases";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { issueInvoice } from "../issue-invoice";
import { recordPayment } from "../record-payment";
import { openCheckoutForInvoice } from "./open-checkout-for-invoice";

const RETURN_URL = "https://studio.test/your-inquiry/some-token";

describeEachDatabase("opening a card checkout for an invoice", { poolSize: 4 }, ({ db }) => {
  const standIn = new StripeStandIn();
  const payments = () => ({ stripe: standInAccount(standIn), studioName: "Harbour Studio" });
  const sessionRequests = () => standIn.requests.filter((request) => request.method === "POST" && request.path === "/v1/checkout/sessions");
  beforeAll(() => standIn.start());
  afterAll(() => standIn.stop());
  beforeEach(async () => {
    standIn.requests.length = 0;
    await db.billingSettings.update({ where: { id: 1 }, data: { cardPayments: true } });
  });

  it("creates one session for what is outstanding, in the invoice's currency, and reuses it on a second call", async () => {
    const { lead, invoice } = await heldSessionWithDeposit(db, { amountMinor: 12_345 });
    const first = await openCheckoutForInvoice(db, { invoiceId: invoice.id, leadId: lead.id, returnUrl: RETURN_URL }, payments());
    const [request, ...others] = sessionRequests();
    expect(others).toEqual([]);
    expect(request!.idempotencyKey).toMatch(new RegExp(`^checkout-${invoice.id}-`));
    expect(request!.params).toMatchObject({
      mode: "payment",
      line_items: [{ quantity: "1", price_data: { currency: "gbp", unit_amount: "12345", product_data: { name: `Invoice ${invoice.number} · Harbour Studio` } } }],
      client_reference_id: invoice.id,
      metadata: { invoiceId: invoice.id },
      payment_intent_data: { metadata: { invoiceId: invoice.id } },
      success_url: `${RETURN_URL}?payment=done`,
      cancel_url: `${RETURN_URL}?payment=cancelled`,
    });
    expect(standIn.sessions.get(first.sessionId)).toMatchObject({ amount_total: 12_345, currency: "gbp", status: "open", url: first.url });
    expect(await db.stripeCheckout.findMany({ where: { invoiceId: invoice.id } })).toEqual([expect.objectContaining({ id: first.sessionId, amountMinor: 12_345, url: first.url })]);

    const second = await openCheckoutForInvoice(db, { invoiceId: invoice.id, leadId: lead.id, returnUrl: RETURN_URL }, payments());
    expect(second).toEqual(first);
    expect(sessionRequests()).toHaveLength(1);
    expect(standIn.requests.at(-1)).toMatchObject({ method: "GET", path: `/v1/checkout/sessions/${first.sessionId}` });
  });

  it("makes one session of clicks at the same moment, round after round", async () => {
    for (let round = 0; round < 5; round++) {
      const { lead, invoice } = await heldSessionWithDeposit(db);
      const now = new Date(); // one moment for all four (the key moves on with the hour)
      const opened = await Promise.all([0, 1, 2, 3].map(() => openCheckoutForInvoice(db, { invoiceId: invoice.id, leadId: lead.id, returnUrl: RETURN_URL, now }, payments())));
      expect(new Set(opened.map((session) => session.sessionId)).size).toBe(1);
      expect(await db.stripeCheckout.count({ where: { invoiceId: invoice.id } })).toBe(1);
    }
  });

  it("opens a new session once the old one is paid for, expired, or for another amount", async () => {
    const { lead, invoice } = await heldSessionWithDeposit(db);
    const input = { invoiceId: invoice.id, leadId: lead.id, returnUrl: RETURN_URL };
    const first = await openCheckoutForInvoice(db, input, payments());
    standIn.completeSession(first.sessionId);
    await expect(openCheckoutForInvoice(db, input, payments())).rejects.toMatchObject({ code: "billing-not-allowed", message: expect.stringContaining("has gone through") });
    standIn.sessions.get(first.sessionId)!.status = "expired";
    const second = await openCheckoutForInvoice(db, input, payments());
    expect(second.sessionId).not.toBe(first.sessionId);
    expect(await openCheckoutForInvoice(db, input, payments())).toEqual(second);
    // One Stripe no longer knows (opened with the test keys before the live ones) is replaced too.
    standIn.sessions.delete(second.sessionId);
    const replacement = await openCheckoutForInvoice(db, input, payments());
    expect(replacement.sessionId).not.toBe(second.sessionId);

    // Part of it paid by bank transfer: the rest is another amount, so another session.
    await db.$transaction((tx) =>
      recordPayment(tx, { invoiceId: invoice.id, amountMinor: 5_000, method: "BANK_TRANSFER", reference: "bank", receivedAt: new Date(), actorId: null, now: new Date() }, inquiryContext(db).emailSettings),
    );
    const third = await openCheckoutForInvoice(db, input, payments());
    expect(standIn.sessions.get(third.sessionId)).toMatchObject({ amount_total: 10_000 });
    const rows = await db.stripeCheckout.findMany({ where: { invoiceId: invoice.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.id, row.amountMinor])).toEqual([[first.sessionId, 15_000], [second.sessionId, 15_000], [replacement.sessionId, 15_000], [third.sessionId, 10_000]]);
  });

  it("refuses a paid invoice, a credit note, another lead's invoice, and card payments turned off", async () => {
    const { lead, invoice, booking } = await heldSessionWithDeposit(db, { amountMinor: 5_000 });
    const other = await heldSessionWithDeposit(db);
    await expect(openCheckoutForInvoice(db, { invoiceId: invoice.id, leadId: other.lead.id, returnUrl: RETURN_URL }, payments())).rejects.toMatchObject({ code: "invoice-not-found" });
    const creditNote = await db.$transaction((tx) =>
      issueInvoice(tx, { kind: "CREDIT_NOTE", leadId: lead.id, groupId: booking.groupId, credits: { invoiceId: invoice.id, reason: "REFUND" }, lines: [{ description: "Refund", amountMinor: 5_000 }], actorId: null, now: new Date() }),
    );
    await expect(openCheckoutForInvoice(db, { invoiceId: creditNote.id, leadId: lead.id, returnUrl: RETURN_URL }, payments())).rejects.toMatchObject({ code: "billing-not-allowed", message: `${creditNote.number} is a credit note: there is nothing to pay on it.` });
    // The credit note took the invoice's whole amount off: nothing is outstanding.
    await expect(openCheckoutForInvoice(db, { invoiceId: invoice.id, leadId: lead.id, returnUrl: RETURN_URL }, payments())).rejects.toMatchObject({ code: "billing-not-allowed", message: `${invoice.number} is paid in full. Thank you!` });

    await db.billingSettings.update({ where: { id: 1 }, data: { cardPayments: false } });
    await expect(openCheckoutForInvoice(db, { invoiceId: other.invoice.id, leadId: other.lead.id, returnUrl: RETURN_URL }, payments())).rejects.toMatchObject({ code: "payments-unavailable" });
    expect(sessionRequests()).toEqual([]);
  });

  it("answers a failure at Stripe with the calm payments-unavailable refusal, and stores nothing", async () => {
    const { lead, invoice } = await heldSessionWithDeposit(db);
    standIn.failNext();
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      await expect(openCheckoutForInvoice(db, { invoiceId: invoice.id, leadId: lead.id, returnUrl: RETURN_URL }, payments())).rejects.toMatchObject({ code: "payments-unavailable", kind: "unavailable" });
    } finally {
      console.error = original;
    }
    expect(JSON.stringify(logged)).toContain(invoice.id);
    expect(await db.stripeCheckout.count({ where: { invoiceId: invoice.id } })).toBe(0);
    // The failure was not kept under the key: the next click works.
    await expect(openCheckoutForInvoice(db, { invoiceId: invoice.id, leadId: lead.id, returnUrl: RETURN_URL }, payments())).resolves.toMatchObject({ url: expect.stringContaining("/c/pay/cs_test_") });
  });
});
