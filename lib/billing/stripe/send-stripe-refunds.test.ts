// Card refunds sent through the official SDK to the loopback stand-in for Stripe's API
// (test/support/stripe-stand-in.ts): once, under the refund's own id as idempotency key.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { heldSessionWithDeposit, standInAccount } from "@/test/support/card-payment-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { StripeStandIn } from "@/test/support/stripe-stand-in";
import { describeEachDatabase } from "@/test/test-databases";
import { issueInvoice } from "../issue-invoice";
import { recordPayment } from "../record-payment";
import { sendStripeRefunds } from "./send-stripe-refunds";

describeEachDatabase("sending card refunds to Stripe", { poolSize: 4 }, ({ db }) => {
  const standIn = new StripeStandIn();
  const stripe = () => standInAccount(standIn).client;
  const refundRequests = () => standIn.requests.filter((request) => request.path === "/v1/refunds");
  beforeAll(() => standIn.start());
  afterAll(() => standIn.stop());
  beforeEach(() => {
    standIn.requests.length = 0;
  });

  /** A deposit paid by card, then a credit note and a pending refund of `amountMinor` of it. */
  const pendingRefund = async (amountMinor: number, method: "STRIPE" | "BANK_TRANSFER" = "STRIPE") => {
    const { lead, booking, invoice } = await heldSessionWithDeposit(db, { amountMinor: 10_000 });
    const now = new Date();
    const pi = `pi_${crypto.randomUUID().replaceAll("-", "")}`;
    return db.$transaction(async (tx) => {
      const { payment } = await recordPayment(
        tx,
        { invoiceId: invoice.id, amountMinor: 10_000, method, reference: method === "STRIPE" ? pi : "bank", receivedAt: now, ...(method === "STRIPE" ? { stripePaymentIntentId: pi } : {}), actorId: null, now },
        inquiryContext(db).emailSettings,
      );
      const creditNote = await issueInvoice(tx, { kind: "CREDIT_NOTE", leadId: lead.id, groupId: booking.groupId, credits: { invoiceId: invoice.id, reason: "REFUND" }, lines: [{ description: "Refund", amountMinor }], actorId: null, now });
      const refund = await tx.refund.create({ data: { paymentId: payment.id, creditNoteId: creditNote.id, amountMinor } });
      return { refund, pi };
    });
  };

  it("sends a pending refund once, with its id as the idempotency key, and marks it SUCCEEDED", async () => {
    const { refund, pi } = await pendingRefund(4_000);
    await expect(sendStripeRefunds(db, { now: new Date(), stripe: stripe() })).resolves.toEqual({ sent: 1, failed: 0 });
    const [request, ...others] = refundRequests();
    expect(others).toEqual([]);
    expect(request).toMatchObject({ method: "POST", idempotencyKey: refund.id, params: { payment_intent: pi, amount: "4000", metadata: { refundId: refund.id } } });
    const stored = await db.refund.findUniqueOrThrow({ where: { id: refund.id } });
    expect(stored).toMatchObject({ status: "SUCCEEDED", lastError: null, stripeRefundId: expect.stringMatching(/^re_/) });

    await expect(sendStripeRefunds(db, { now: new Date(), stripe: stripe() })).resolves.toEqual({ sent: 0, failed: 0 });
    expect(refundRequests()).toHaveLength(1);
  });

  it("keeps a refund PENDING with the error when Stripe fails, and sends it at the next run", async () => {
    const { refund } = await pendingRefund(2_500);
    standIn.failNext(1, "Stand-in outage");
    await expect(sendStripeRefunds(db, { now: new Date(), stripe: stripe() })).resolves.toEqual({ sent: 0, failed: 1 });
    const failed = await db.refund.findUniqueOrThrow({ where: { id: refund.id } });
    expect(failed).toMatchObject({ status: "PENDING", stripeRefundId: null, lastError: expect.stringContaining("Stand-in outage") });

    await expect(sendStripeRefunds(db, { now: new Date(), stripe: stripe() })).resolves.toEqual({ sent: 1, failed: 0 });
    expect(await db.refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({ status: "SUCCEEDED", lastError: null });
    expect(refundRequests().map((request) => request.idempotencyKey)).toEqual([refund.id, refund.id]);
  });

  it("leaves refunds of bank transfers alone, and two senders at once ask Stripe once", async () => {
    const bank = await pendingRefund(1_000, "BANK_TRANSFER");
    const card = await pendingRefund(3_000);
    const reports = await Promise.all([sendStripeRefunds(db, { now: new Date(), stripe: stripe() }), sendStripeRefunds(db, { now: new Date(), stripe: stripe() })]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(1);
    expect(refundRequests().map((request) => request.idempotencyKey)).toEqual([card.refund.id]);
    expect(await db.refund.findUniqueOrThrow({ where: { id: bank.refund.id } })).toMatchObject({ status: "PENDING", stripeRefundId: null });
  });
});
