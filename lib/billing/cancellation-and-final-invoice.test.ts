// Cancelling a paid booking applies the policy and documents it with credit notes; a booking that
// went ahead gets its final invoice: the proposal, the extras, less the deposit.
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { heldBooking, publishTestTerms, setUpBilling } from "@/test/support/billing-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { cancelBooking } from "../bookings/cancel-booking";
import { acceptProposal } from "./accept-proposal";
import { insertSession } from "@/test/support/booking-fixtures";
import { applyArtistCredit } from "./apply-artist-credit";
import { addBookingExtra, removeBookingExtra } from "./booking-extras";
import { loadInvoiceBalances } from "./invoice-balance";
import { issueFinalInvoice } from "./issue-final-invoice";
import { issueRefund } from "./issue-refund";
import { planCancellation } from "./plan-cancellation";
import { recordBankTransfer } from "./record-bank-transfer";
import { sendProposal } from "./send-proposal";

const NOW = new Date("2026-11-20T12:00:00Z");
const HOUR_MS = 3_600_000;
const later = (hours: number) => new Date(NOW.getTime() + hours * HOUR_MS);

describeEachDatabase("cancelling and invoicing a booking", { poolSize: 4 }, ({ db }) => {
  let staff: StaffMember;
  let owner: StaffMember;
  const settings = () => inquiryContext(db).emailSettings;
  beforeAll(async () => {
    staff = await createStaff(db, "STAFF");
    owner = await createStaff(db, "OWNER");
    await publishTestTerms(db);
    await setUpBilling(db, { depositRule: "PERCENT", depositPercent: 50, taxRateBasisPoints: 2000, taxInclusive: true });
  });

  /** A booking 10 days ahead (so the 48-hour tier applies), its deposit accepted and paid by bank transfer. */
  const paidBooking = async (startsIn = 24 * 10) => {
    const booking = await heldBooking(db, { now: NOW, startsIn });
    const proposal = await sendProposal(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: NOW }, settings());
    const { depositInvoice } = await acceptProposal(db, { leadId: booking.lead.id, proposalId: proposal.id, termsVersion: proposal.termsVersion, typedName: "Zoë Adeyemi", agreed: true, clientAddress: "x", userAgent: "x", now: NOW }, settings());
    await recordBankTransfer(db, staff, booking.lead.id, { invoiceId: depositInvoice!.id, amount: (depositInvoice!.amountDueMinor / 100).toFixed(2), receivedOn: "2026-11-20", reference: "DEPOSIT" }, settings(), later(1));
    return { ...booking, proposal, deposit: depositInvoice! };
  };

  it("refunds what the policy gives when the artist cancels, with a credit note, and owes nothing after", async () => {
    const booking = await paidBooking();
    const plan = await planCancellation(db, { groupId: booking.groupId, cancelledBy: "artist", firstStartsAt: booking.firstStartsAt, now: later(2) });
    expect(plan).toMatchObject({ paidMinor: booking.deposit.amountDueMinor, refund: { refundPercent: 50 } });
    const { money } = await cancelBooking(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, cancelledBy: "artist", now: later(2) }, settings());
    expect(money?.refund.refundMinor).toBe(Math.floor((booking.deposit.amountDueMinor + 1) / 2));
    const creditNotes = await db.invoice.findMany({ where: { groupId: booking.groupId, kind: "CREDIT_NOTE" } });
    expect(creditNotes).toEqual([expect.objectContaining({ creditReason: "REFUND", creditsInvoiceId: booking.deposit.id, amountDueMinor: money!.refund.refundMinor, number: expect.stringMatching(/^CN-\d{4}$/) })]);
    expect(await db.refund.findFirstOrThrow({ where: { creditNoteId: creditNotes[0]!.id } })).toMatchObject({ status: "PENDING", amountMinor: money!.refund.refundMinor });
    expect(await db.outboxMessage.count({ where: { inquiryId: booking.lead.id, kind: "invoice.issued", subject: { startsWith: `Credit note ${creditNotes[0]!.number}` } } })).toBe(1);
    expect((await loadInvoiceBalances(db, [booking.deposit.id])).get(booking.deposit.id)).toMatchObject({ outstandingMinor: 0 });
  });

  it("refunds everything when the studio cancels, and keeps the rest as credit when the studio says so", async () => {
    const studioCancels = await paidBooking();
    // Only an owner cancels as the studio: it refunds everything, whatever the policy says.
    const byStaff = await cancelBooking(db, staff, { leadId: studioCancels.lead.id, groupId: studioCancels.groupId, cancelledBy: "studio", now: later(2) }, settings()).catch((error: unknown) => error);
    expect(byStaff).toMatchObject({ code: "not-owner" });
    expect(await db.booking.findFirstOrThrow({ where: { groupId: studioCancels.groupId } })).toMatchObject({ status: "CONFIRMED" });
    const { money } = await cancelBooking(db, owner, { leadId: studioCancels.lead.id, groupId: studioCancels.groupId, cancelledBy: "studio", now: later(2) }, settings());
    expect(money?.refund).toMatchObject({ refundPercent: 100, refundMinor: studioCancels.deposit.amountDueMinor, keptMinor: 0 });

    await db.billingSettings.update({ where: { id: 1 }, data: { forfeitAsCredit: true } });
    try {
      const late = await paidBooking(24);
      const { money: lateMoney } = await cancelBooking(db, staff, { leadId: late.lead.id, groupId: late.groupId, now: later(2) }, settings());
      expect(lateMoney).toMatchObject({ keptAsCredit: true, refund: { refundMinor: 0, keptMinor: late.deposit.amountDueMinor } });
      const credit = await db.invoice.findFirstOrThrow({ where: { groupId: late.groupId, kind: "CREDIT_NOTE" } });
      expect(credit).toMatchObject({ creditReason: "ACCOUNT_CREDIT", amountDueMinor: late.deposit.amountDueMinor });
      expect(await db.refund.count({ where: { payment: { invoiceId: late.deposit.id } } })).toBe(0);

      // The credit pays the deposit of the artist's next booking, which confirms it.
      const next = await insertSession(db, { inquiryId: late.lead.id, roomId: late.room.id, startsAt: later(24 * 30), endsAt: later(24 * 30 + 4), status: "HOLD", holdExpiresAt: later(48) });
      const proposal = await sendProposal(db, staff, { leadId: late.lead.id, groupId: next.groupId, now: later(3) }, settings());
      const { depositInvoice } = await acceptProposal(db, { leadId: late.lead.id, proposalId: proposal.id, termsVersion: proposal.termsVersion, typedName: "Zoë Adeyemi", agreed: true, clientAddress: "x", userAgent: "x", now: later(3) }, settings());
      const used = await applyArtistCredit(db, staff, { leadId: late.lead.id, invoiceId: depositInvoice!.id, now: later(4) }, settings());
      expect(used.payment).toMatchObject({ method: "CREDIT", amountMinor: Math.min(late.deposit.amountDueMinor, depositInvoice!.amountDueMinor) });
      const again = await applyArtistCredit(db, staff, { leadId: late.lead.id, invoiceId: depositInvoice!.id, now: later(4) }, settings()).catch((error: unknown) => error);
      expect(again).toMatchObject({ code: "billing-not-allowed" });
    } finally {
      await db.billingSettings.update({ where: { id: 1 }, data: { forfeitAsCredit: false } });
    }
  });

  it("cancels an unpaid deposit by a credit note", async () => {
    const booking = await heldBooking(db, { now: NOW });
    const proposal = await sendProposal(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: NOW }, settings());
    const { depositInvoice } = await acceptProposal(db, { leadId: booking.lead.id, proposalId: proposal.id, termsVersion: proposal.termsVersion, typedName: "Zoë Adeyemi", agreed: true, clientAddress: "x", userAgent: "x", now: NOW }, settings());
    await cancelBooking(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: later(2) }, settings());
    expect(await db.invoice.findFirstOrThrow({ where: { creditsInvoiceId: depositInvoice!.id } })).toMatchObject({ creditReason: "CANCELLATION", amountDueMinor: depositInvoice!.amountDueMinor });
    expect((await loadInvoiceBalances(db, [depositInvoice!.id])).get(depositInvoice!.id)).toMatchObject({ outstandingMinor: 0 });
  });

  it("refuses a refund larger than what is left of the payment, and writes nothing", async () => {
    const booking = await paidBooking();
    const payment = await db.payment.findFirstOrThrow({ where: { invoiceId: booking.deposit.id } });
    const before = await db.invoice.count();
    const refusal = await db.$transaction((tx) => issueRefund(tx, { paymentId: payment.id, leadId: booking.lead.id, amountMinor: payment.amountMinor + 1, description: "Too much", actorId: staff.id, now: later(2) }, settings())).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "billing-invalid", message: expect.stringMatching(/^A refund cannot be more than what is left of this payment: £[\d,.]+\.$/) });
    expect(await db.invoice.count()).toBe(before);
  });

  it("issues the final invoice: the proposal and the extras, less the deposit, once", async () => {
    const booking = await paidBooking();
    await db.booking.updateMany({ where: { groupId: booking.groupId }, data: { status: "CONFIRMED" } });
    await addBookingExtra(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, description: "Overtime, 1 hour", amount: "45" });
    const gone = await addBookingExtra(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, description: "Taken back", amount: "10" });
    await removeBookingExtra(db, { leadId: booking.lead.id, extraId: gone });
    const final = await issueFinalInvoice(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: later(24 * 11) }, settings());
    expect(final).toMatchObject({ kind: "FINAL", totalMinor: booking.proposal.totalMinor + 4500, lessDepositMinor: booking.deposit.amountDueMinor, amountDueMinor: booking.proposal.totalMinor + 4500 - booking.deposit.amountDueMinor });
    expect((final.lines as { description: string }[]).map((line) => line.description).at(-1)).toBe("Overtime, 1 hour");
    expect(await db.outboxMessage.count({ where: { inquiryId: booking.lead.id, kind: "invoice.issued", subject: { startsWith: `Invoice ${final.number}` } } })).toBe(1);
    const again = await issueFinalInvoice(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: later(24 * 11) }, settings()).catch((error: unknown) => error);
    expect(again).toMatchObject({ code: "billing-conflict", message: `${final.number} is this booking's final invoice already. Correct it with a credit note.` });
    const extraAfter = await addBookingExtra(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, description: "Late extra", amount: "5" }).catch((error: unknown) => error);
    expect(extraAfter).toMatchObject({ code: "billing-not-allowed" });
  });

  describe("bad input", () => {
    it("refuses a final invoice for a cancelled booking", async () => {
      const booking = await heldBooking(db, { now: NOW });
      await cancelBooking(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: later(1) }, settings());
      const refusal = await issueFinalInvoice(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: later(2) }, settings()).catch((error: unknown) => error);
      expect(refusal).toMatchObject({ code: "billing-not-allowed", message: expect.stringMatching(/cancelled/) });
      expect(await db.invoice.count({ where: { groupId: booking.groupId } })).toBe(0);
    });

    it("names the fields of a bad extra", async () => {
      const booking = await heldBooking(db, { now: NOW });
      const refusal = await addBookingExtra(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, description: "x", amount: "-5" }).catch((error: unknown) => error);
      expect(refusal).toMatchObject({ code: "billing-invalid", fieldErrors: { description: [expect.any(String)], amount: [expect.any(String)] } });
    });
  });
});
