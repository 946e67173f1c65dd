// The cases where money goes back or is corrected: the policy the artist accepted, overpayments,
// credit kept for the artist, a changed booking's final invoice, credit notes by an owner.
import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { heldBooking, publishTestTerms, setUpBilling } from "@/test/support/billing-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { cancelBooking } from "../bookings/cancel-booking";
import { acceptProposal } from "./accept-proposal";
import { loadInvoiceBalance } from "./invoice-balance";
import { issueCreditNote } from "./issue-credit-note";
import { issueFinalInvoice } from "./issue-final-invoice";
import { issueRefund } from "./issue-refund";
import { recordBankTransfer } from "./record-bank-transfer";
import { recordPayment } from "./record-payment";
import { sendProposal } from "./send-proposal";
import { settlePaymentDecision } from "./settle-payment-decision";

const NOW = new Date("2026-11-20T12:00:00Z");
const HOUR_MS = 3_600_000;
const later = (hours: number) => new Date(NOW.getTime() + hours * HOUR_MS);

describeEachDatabase("correcting money", { poolSize: 4 }, ({ db }) => {
  let staff: StaffMember;
  let owner: StaffMember;
  const settings = () => inquiryContext(db).emailSettings;
  beforeAll(async () => {
    [staff, owner] = await Promise.all([createStaff(db, "STAFF"), createStaff(db, "OWNER")]);
    await publishTestTerms(db);
    await setUpBilling(db, { depositRule: "PERCENT", depositPercent: 50 });
  });

  const accepted = async (options: { startsIn?: number; days?: number } = {}) => {
    const booking = await heldBooking(db, { now: NOW, ...options });
    const proposal = await sendProposal(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: NOW }, settings());
    const { depositInvoice } = await acceptProposal(db, { leadId: booking.lead.id, proposalId: proposal.id, termsVersion: proposal.termsVersion, typedName: "Zoë Adeyemi", agreed: true, clientAddress: "x", userAgent: "x", now: NOW }, settings());
    return { ...booking, proposal, deposit: depositInvoice! };
  };
  const payByBank = (booking: { lead: { id: string } }, invoiceId: string, amountMinor: number) =>
    recordBankTransfer(db, staff, booking.lead.id, { invoiceId, amount: (amountMinor / 100).toFixed(2), receivedOn: "2026-11-20", reference: "BANK" }, settings(), later(1));
  const payByCard = (invoiceId: string, amountMinor: number, intent: string) =>
    db.$transaction((tx) => recordPayment(tx, { invoiceId, amountMinor, method: "STRIPE", reference: intent, stripePaymentIntentId: intent, receivedAt: later(1), actorId: null, now: later(1) }, settings()));

  it("cancels under the policy the artist accepted, not one changed since", async () => {
    const booking = await accepted();
    await payByBank(booking, booking.deposit.id, booking.deposit.amountDueMinor);
    const tiers = await db.cancellationTier.findMany();
    await db.cancellationTier.deleteMany({});
    try {
      const { money } = await cancelBooking(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: later(2) }, settings());
      expect(money?.refund).toMatchObject({ refundPercent: 50, tier: { minNoticeHours: 48 } });
    } finally {
      await db.cancellationTier.createMany({ data: tiers });
    }
  });

  it("gives an overpayment back without a credit note, and in full when the artist cancels late", async () => {
    const booking = await accepted({ startsIn: 24 });
    const deposit = booking.deposit.amountDueMinor;
    await payByBank(booking, booking.deposit.id, deposit);
    const card = await payByCard(booking.deposit.id, deposit, `pi_over_${booking.lead.id}`);
    expect(card.payment.attention).toBe("OVERPAID");
    expect((await loadInvoiceBalance(db, booking.deposit.id)).outstandingMinor).toBe(-deposit);
    // Less than 48 hours' notice refunds nothing of what was owed, but the money paid twice goes back.
    const { money } = await cancelBooking(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: later(2) }, settings());
    expect(money?.refund.refundMinor).toBe(deposit);
    const refunds = await db.refund.findMany({ where: { payment: { invoiceId: booking.deposit.id } } });
    expect(refunds).toEqual([expect.objectContaining({ amountMinor: deposit, creditNoteId: null })]);
    expect((await loadInvoiceBalance(db, booking.deposit.id)).outstandingMinor).toBe(0);
  });

  it("never refunds money kept as the artist's credit", async () => {
    await db.billingSettings.update({ where: { id: 1 }, data: { forfeitAsCredit: true } });
    try {
      const booking = await accepted({ startsIn: 24 });
      await payByBank(booking, booking.deposit.id, booking.deposit.amountDueMinor);
      await cancelBooking(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: later(2) }, settings());
      const payment = await db.payment.findFirstOrThrow({ where: { invoiceId: booking.deposit.id } });
      const refusal = await db.$transaction((tx) => issueRefund(tx, { paymentId: payment.id, leadId: booking.lead.id, amountMinor: 100, description: "Again", actorId: owner.id, now: later(3) }, settings())).catch((error: unknown) => error);
      expect(refusal).toMatchObject({ code: "billing-invalid", message: "Nothing of this payment is left to refund." });
    } finally {
      await db.billingSettings.update({ where: { id: 1 }, data: { forfeitAsCredit: false } });
    }
  });

  it("bills a booking that changed after acceptance as booked, saying so", async () => {
    const booking = await accepted({ days: 2 });
    await payByBank(booking, booking.deposit.id, booking.deposit.amountDueMinor);
    const [first, second] = await db.booking.findMany({ where: { groupId: booking.groupId }, orderBy: { startsAt: "asc" } });
    await cancelBooking(db, staff, { leadId: booking.lead.id, bookingId: second!.id, now: later(2) }, settings());
    const final = await issueFinalInvoice(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: later(24 * 12) }, settings());
    expect(final.totalMinor).toBeLessThan(booking.proposal.totalMinor);
    // The proposal had a line for each day; the invoice bills the one day that went ahead.
    expect(booking.proposal.lines).toHaveLength(2);
    expect(final.lines).toHaveLength(1);
    expect(final.note).toMatch(/^The sessions changed after proposal version 1 was accepted/);
    expect(first!.status).toBe("CONFIRMED");
  });

  it("books a lapsed hold again on hold, not confirmed, while its deposit is part paid", async () => {
    const booking = await accepted();
    await db.booking.updateMany({ where: { groupId: booking.groupId }, data: { status: "EXPIRED", expiredAt: later(48) } });
    const { payment } = await payByCard(booking.deposit.id, 1_000, `pi_part_${booking.lead.id}`);
    expect(payment.attention).toBe("HOLD_LAPSED");
    await settlePaymentDecision(db, staff, { leadId: booking.lead.id, paymentId: payment.id, decision: "rebook", now: later(50) }, settings());
    expect(await db.booking.findFirstOrThrow({ where: { groupId: booking.groupId } })).toMatchObject({ status: "HOLD" });
  });

  it("lets an owner credit part of an invoice, never more than it still asks", async () => {
    const booking = await accepted();
    const byStaff = await issueCreditNote(db, staff, { leadId: booking.lead.id, invoiceId: booking.deposit.id, amount: "1", reason: "Goodwill" }, settings()).catch((error: unknown) => error);
    expect(byStaff).toMatchObject({ code: "not-owner" });
    const tooMuch = await issueCreditNote(db, owner, { leadId: booking.lead.id, invoiceId: booking.deposit.id, amount: ((booking.deposit.amountDueMinor + 1) / 100).toFixed(2), reason: "Mistake" }, settings()).catch((error: unknown) => error);
    expect(tooMuch).toMatchObject({ code: "billing-invalid", message: expect.stringMatching(/^A credit note cannot take off more than INV-\d{4} still asks: £/) });
    const note = await issueCreditNote(db, owner, { leadId: booking.lead.id, invoiceId: booking.deposit.id, amount: "10", reason: "Rounding goodwill" }, settings());
    expect(note).toMatchObject({ kind: "CREDIT_NOTE", creditsInvoiceId: booking.deposit.id, amountDueMinor: 1_000 });
    expect((await loadInvoiceBalance(db, booking.deposit.id)).dueMinor).toBe(booking.deposit.amountDueMinor - 1_000);
  });
});
