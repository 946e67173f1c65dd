// A booking carried from proposal to paid: the artist accepts, the deposit invoice is issued,
// paying it confirms the hold; a payment that arrives after the hold lapsed is kept and flagged.
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { heldBooking, publishTestTerms, setUpBilling } from "@/test/support/billing-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { isExpectedError } from "../errors/expected-error";
import { acceptProposal } from "./accept-proposal";
import { loadInvoiceBalance } from "./invoice-balance";
import { recordBankTransfer } from "./record-bank-transfer";
import { recordPayment } from "./record-payment";
import { sendProposal } from "./send-proposal";
import { settlePaymentDecision } from "./settle-payment-decision";

const NOW = new Date("2026-11-20T12:00:00Z");
const HOUR_MS = 3_600_000;
const later = (hours: number) => new Date(NOW.getTime() + hours * HOUR_MS);

describeEachDatabase("a deposit confirming a hold", { poolSize: 6 }, ({ db }) => {
  let staff: StaffMember;
  const settings = () => inquiryContext(db).emailSettings;
  beforeAll(async () => {
    staff = await createStaff(db, "STAFF");
    await publishTestTerms(db);
    await setUpBilling(db, { depositRule: "PERCENT", depositPercent: 50, taxRateBasisPoints: 2000, taxInclusive: true, legalName: "Canal Street Studios Ltd", bankInstructions: "Sort code 12-34-56, account 12345678" });
  });

  const proposeAndAccept = async (booking: Awaited<ReturnType<typeof heldBooking>>, at = NOW) => {
    const proposal = await sendProposal(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: at }, settings());
    const accepted = await acceptProposal(
      db,
      { leadId: booking.lead.id, proposalId: proposal.id, termsVersion: proposal.termsVersion, typedName: "Zoë Adeyemi", agreed: true, clientAddress: "203.0.113.9", userAgent: "Test browser", now: at },
      settings(),
    );
    return { ...accepted, proposal };
  };

  it("issues the deposit on acceptance and confirms the hold when it is paid by bank transfer", async () => {
    const booking = await heldBooking(db, { now: NOW });
    const { proposal, depositInvoice } = await proposeAndAccept(booking);
    expect(proposal.depositMinor).toBe(Math.floor((proposal.totalMinor + 1) / 2));
    expect(depositInvoice).toMatchObject({ kind: "DEPOSIT", amountDueMinor: proposal.depositMinor, dueAt: later(48) });
    const accepted = await db.proposal.findUniqueOrThrow({ where: { id: proposal.id } });
    expect(accepted).toMatchObject({ acceptedName: "Zoë Adeyemi", acceptedIp: "203.0.113.9", acceptedUserAgent: "Test browser", termsVersion: proposal.termsVersion });
    // The artist is sent the deposit invoice, and the hold's reminder now asks for it.
    expect(await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: booking.lead.id, kind: "invoice.issued" } })).toMatchObject({ subject: expect.stringMatching(/^Deposit invoice INV-\d{4}: £[\d,.]+ due by /) });
    const reminder = await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: booking.lead.id, kind: "booking.hold-ending", status: "PENDING" } });
    expect((reminder.payload as { deposit: string | null }).deposit).toMatch(/£/);

    const outcome = await recordBankTransfer(db, staff, booking.lead.id, { invoiceId: depositInvoice!.id, amount: (proposal.depositMinor / 100).toFixed(2), receivedOn: "2026-11-20", reference: "ADEYEMI DEPOSIT" }, settings(), later(1));
    expect(outcome.confirmedSessions).toBe(1);
    expect(await db.booking.findFirstOrThrow({ where: { groupId: booking.groupId } })).toMatchObject({ status: "CONFIRMED" });
    expect(await db.outboxMessage.count({ where: { inquiryId: booking.lead.id, kind: "booking.confirmed" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { inquiryId: booking.lead.id, kind: "booking.hold-ending", status: "PENDING" } })).toBe(0);
    expect((await loadInvoiceBalance(db, depositInvoice!.id)).outstandingMinor).toBe(0);
  });

  it("keeps the hold after a part payment, and its reminder asks for what is left", async () => {
    const booking = await heldBooking(db, { now: NOW });
    const { depositInvoice } = await proposeAndAccept(booking);
    const half = Math.floor(depositInvoice!.amountDueMinor / 2);
    const outcome = await recordBankTransfer(db, staff, booking.lead.id, { invoiceId: depositInvoice!.id, amount: (half / 100).toFixed(2), receivedOn: "2026-11-20", reference: "PART" }, settings(), later(1));
    expect(outcome.confirmedSessions).toBe(0);
    expect(await db.booking.findFirstOrThrow({ where: { groupId: booking.groupId } })).toMatchObject({ status: "HOLD" });
    const reminder = await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: booking.lead.id, kind: "booking.hold-ending", status: "PENDING" } });
    expect((reminder.payload as { deposit: string | null }).deposit).toBe(`£${((depositInvoice!.amountDueMinor - half) / 100).toFixed(2)}`);
  });

  it("refuses a bank transfer for more than is due, and stores nothing", async () => {
    const booking = await heldBooking(db, { now: NOW });
    const { depositInvoice } = await proposeAndAccept(booking);
    const tooMuch = ((depositInvoice!.amountDueMinor + 1) / 100).toFixed(2);
    const refusal = await recordBankTransfer(db, staff, booking.lead.id, { invoiceId: depositInvoice!.id, amount: tooMuch, receivedOn: "2026-11-20", reference: "X" }, settings(), later(1)).catch((error: unknown) => error);
    expect(isExpectedError(refusal, "billing-invalid") && refusal.fieldErrors?.amount?.[0]).toMatch(/^That is more than is due: £[\d,.]+ is outstanding on INV-\d{4}\.$/);
    expect(await db.payment.count({ where: { invoiceId: depositInvoice!.id } })).toBe(0);
    expect(await db.booking.findFirstOrThrow({ where: { groupId: booking.groupId } })).toMatchObject({ status: "HOLD" });
  });

  it("keeps a payment for a hold that lapsed, confirms nothing, alerts the studio, and can book the time again", async () => {
    const booking = await heldBooking(db, { now: NOW });
    const { depositInvoice } = await proposeAndAccept(booking);
    // The hold lapses (the sweep marks it EXPIRED) before the money arrives.
    await db.booking.updateMany({ where: { groupId: booking.groupId }, data: { status: "EXPIRED", expiredAt: later(48) } });
    const outcome = await db.$transaction((tx) =>
      recordPayment(tx, { invoiceId: depositInvoice!.id, amountMinor: depositInvoice!.amountDueMinor, method: "STRIPE", reference: "pi_lapsed", stripePaymentIntentId: "pi_lapsed", receivedAt: later(50), actorId: null, now: later(50) }, settings()),
    );
    expect(outcome).toMatchObject({ created: true, confirmedSessions: 0, payment: { attention: "HOLD_LAPSED" } });
    expect(await db.booking.findFirstOrThrow({ where: { groupId: booking.groupId } })).toMatchObject({ status: "EXPIRED" });
    expect(await db.leadEvent.count({ where: { inquiryId: booking.lead.id, type: "PAYMENT_NEEDS_DECISION" } })).toBe(1);
    expect(await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: booking.lead.id, kind: "payment.needs-decision" } })).toMatchObject({ toAddress: settings().studioInbox });

    const { rebooked } = await settlePaymentDecision(db, staff, { leadId: booking.lead.id, paymentId: outcome.payment.id, decision: "rebook", now: later(51) }, settings());
    expect(rebooked).toBe(1);
    expect(await db.booking.findFirstOrThrow({ where: { groupId: booking.groupId } })).toMatchObject({ status: "CONFIRMED", holdExpiresAt: null });
    expect(await db.payment.findUniqueOrThrow({ where: { id: outcome.payment.id } })).toMatchObject({ attentionHandledAt: later(51) });
  });

  it("records one payment however many times a provider announces it, even side by side", async () => {
    const booking = await heldBooking(db, { now: NOW });
    const { depositInvoice } = await proposeAndAccept(booking);
    const pay = () =>
      db.$transaction((tx) =>
        recordPayment(tx, { invoiceId: depositInvoice!.id, amountMinor: depositInvoice!.amountDueMinor, method: "STRIPE", reference: "pi_twice", stripePaymentIntentId: "pi_twice", receivedAt: later(2), actorId: null, now: later(2) }, settings()),
      );
    const outcomes = await Promise.all([pay(), pay(), pay()]);
    expect(outcomes.filter((outcome) => outcome.created)).toHaveLength(1);
    expect(await db.payment.count({ where: { invoiceId: depositInvoice!.id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { inquiryId: booking.lead.id, kind: "booking.confirmed" } })).toBe(1);
  });

  describe("accepting", () => {
    it("asks for a typed name and the tick, and records nothing without them", async () => {
      const booking = await heldBooking(db, { now: NOW });
      const proposal = await sendProposal(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: NOW }, settings());
      const refusal = await acceptProposal(db, { leadId: booking.lead.id, proposalId: proposal.id, termsVersion: proposal.termsVersion, typedName: " ", agreed: false, clientAddress: "x", userAgent: "x", now: NOW }, settings()).catch((error: unknown) => error);
      expect(isExpectedError(refusal, "billing-invalid") && Object.keys(refusal.fieldErrors ?? {}).sort()).toEqual(["acceptedName", "agree"]);
      expect(await db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ acceptedAt: null });
    });

    it("refuses a version that was replaced, and terms other than the proposal's", async () => {
      const booking = await heldBooking(db, { now: NOW, days: 2 });
      const first = await sendProposal(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: NOW }, settings());
      // The booking changes (a day is dropped), so the studio sends version 2.
      await db.booking.updateMany({ where: { groupId: booking.groupId, startsAt: { gt: booking.firstStartsAt } }, data: { status: "CANCELLED" } });
      const second = await sendProposal(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: later(1) }, settings());
      expect(second.version).toBe(2);
      const accept = (proposalId: string, termsVersion: number) =>
        acceptProposal(db, { leadId: booking.lead.id, proposalId, termsVersion, typedName: "Zoë Adeyemi", agreed: true, clientAddress: "x", userAgent: "x", now: later(2) }, settings()).catch((error: unknown) => error);
      expect(await accept(first.id, first.termsVersion)).toMatchObject({ code: "billing-conflict", message: expect.stringMatching(/newer version/) });
      expect(await accept(second.id, second.termsVersion + 1)).toMatchObject({ code: "billing-conflict", message: expect.stringMatching(/terms/) });
      expect(await db.proposal.count({ where: { groupId: booking.groupId, acceptedAt: { not: null } } })).toBe(0);
    });

    it("refuses to send the same proposal twice", async () => {
      const booking = await heldBooking(db, { now: NOW });
      await sendProposal(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: NOW }, settings());
      const again = await sendProposal(db, staff, { leadId: booking.lead.id, groupId: booking.groupId, now: later(1) }, settings()).catch((error: unknown) => error);
      expect(again).toMatchObject({ code: "billing-conflict", message: expect.stringMatching(/has this proposal already \(version 1\)/) });
    });
  });
});
