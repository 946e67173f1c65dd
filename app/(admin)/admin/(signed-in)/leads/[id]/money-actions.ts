"use server";

import { after } from "next/server";
import { revalidatePath } from "next/cache";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import { formField } from "@/lib/auth/form-fields";
import { runStaffAction } from "@/lib/auth/run-staff-action";
import { requestOutboxDelivery, requestStripeRefunds } from "@/lib/background/web-process";
import { applyArtistCredit } from "@/lib/billing/apply-artist-credit";
import { addBookingExtra, removeBookingExtra } from "@/lib/billing/booking-extras";
import { issueCreditNote } from "@/lib/billing/issue-credit-note";
import { issueFinalInvoice } from "@/lib/billing/issue-final-invoice";
import { issueRefund } from "@/lib/billing/issue-refund";
import { markRefundSent } from "@/lib/billing/mark-refund-sent";
import { recordBankTransfer } from "@/lib/billing/record-bank-transfer";
import { sendProposal } from "@/lib/billing/send-proposal";
import { settlePaymentDecision } from "@/lib/billing/settle-payment-decision";
import { runBookingTransaction } from "@/lib/bookings/run-booking-transaction";
import { getDb } from "@/lib/db";
import { ExpectedError } from "@/lib/errors/expected-error";
import { emailSettings } from "@/lib/inquiries/email-settings";
import { lockLead } from "@/lib/leads/lock-lead";
import { formatMoney } from "@/lib/money/format-money";
import { parseMoney } from "@/lib/money/parse-money";

// The lead and the record named in hidden fields; every amount and state is re-read and checked
// by the billing domain inside its transaction. Nothing is read from the form before
// runStaffAction has checked the caller and that it is a form.
const leadIdOf = (formData: FormData) => formField(formData, "leadId");
const done = (leadId: string, message: string): AdminActionState => {
  revalidatePath(`/admin/leads/${leadId}`);
  return { status: "success", message };
};

export async function sendProposalAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction("sendProposal", "STAFF", formData, async (member) => {
    const leadId = leadIdOf(formData);
    const proposal = await sendProposal(getDb(), member, { leadId, groupId: formField(formData, "groupId") }, emailSettings());
    after(requestOutboxDelivery);
    return done(leadId, `Proposal version ${proposal.version} sent: ${formatMoney(proposal.totalMinor, proposal.currency)}. The artist is emailed a link to accept it.`);
  });
}

export async function recordBankTransferAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "recordBankTransfer",
    "STAFF",
    formData,
    async (member) => {
      const leadId = leadIdOf(formData);
      const fields = { invoiceId: formField(formData, "invoiceId"), amount: formField(formData, "amount"), receivedOn: formField(formData, "receivedOn"), reference: formField(formData, "reference") };
      const { payment, confirmedSessions, currency } = await recordBankTransfer(getDb(), member, leadId, fields, emailSettings());
      after(requestOutboxDelivery);
      const confirmed = confirmedSessions > 0 ? ` The deposit is paid, so the booking is confirmed${confirmedSessions > 1 ? ` (${confirmedSessions} days)` : ""} and the artist is sent the invitation.` : "";
      return done(leadId, `Payment of ${formatMoney(payment.amountMinor, currency)} recorded.${confirmed}`);
    },
    { fieldIdPrefix: () => `pay-${formField(formData, "invoiceId")}-` },
  );
}

export async function issueRefundAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "issueRefund",
    "OWNER",
    formData,
    async (member) => {
      const leadId = leadIdOf(formData);
      const paymentId = formField(formData, "paymentId");
      const amountMinor = parseMoney(formField(formData, "amount"));
      const note = formField(formData, "note").trim();
      if (amountMinor === null || amountMinor === 0) throw new ExpectedError("billing-invalid", { fieldErrors: { amount: ["Enter the amount to refund, e.g. 50 or 50.00."] } });
      if (note.length < 2 || note.length > 400) throw new ExpectedError("billing-invalid", { fieldErrors: { note: ["Say why, for the credit note (up to 400 characters)."] } });
      const now = new Date();
      await runBookingTransaction(getDb(), async (tx) => {
        await lockLead(tx, leadId, "update");
        return issueRefund(tx, { paymentId, leadId, amountMinor, description: note, actorId: member.id, now }, emailSettings());
      });
      after(requestStripeRefunds); // a card payment's refund goes to Stripe now
      return done(leadId, "Refund recorded with its credit note.");
    },
    { fieldIdPrefix: () => `refund-${formField(formData, "paymentId")}-` },
  );
}

export async function markRefundSentAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction("markRefundSent", "STAFF", formData, async () => {
    const leadId = leadIdOf(formData);
    await markRefundSent(getDb(), { leadId, refundId: formField(formData, "refundId") });
    return done(leadId, "Refund marked as sent.");
  });
}

export async function addBookingExtraAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "addBookingExtra",
    "STAFF",
    formData,
    async (member) => {
      const leadId = leadIdOf(formData);
      await addBookingExtra(getDb(), member, { leadId, groupId: formField(formData, "groupId"), description: formField(formData, "description"), amount: formField(formData, "amount") });
      return done(leadId, "Extra added; it goes on the final invoice.");
    },
    { fieldIdPrefix: () => `extra-${formField(formData, "groupId")}-` },
  );
}

export async function removeBookingExtraAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction("removeBookingExtra", "STAFF", formData, async () => {
    const leadId = leadIdOf(formData);
    await removeBookingExtra(getDb(), { leadId, extraId: formField(formData, "extraId") });
    return done(leadId, "Extra removed.");
  });
}

export async function issueFinalInvoiceAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction("issueFinalInvoice", "STAFF", formData, async (member) => {
    const leadId = leadIdOf(formData);
    const invoice = await issueFinalInvoice(getDb(), member, { leadId, groupId: formField(formData, "groupId") }, emailSettings());
    after(requestOutboxDelivery);
    return done(leadId, `${invoice.number} issued: ${formatMoney(invoice.amountDueMinor, invoice.currency)} due.`);
  });
}

export async function settlePaymentDecisionAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction("settlePaymentDecision", "STAFF", formData, async (member) => {
    const leadId = leadIdOf(formData);
    const decision = formField(formData, "decision") === "rebook" ? "rebook" : "handled";
    const { rebooked } = await settlePaymentDecision(getDb(), member, { leadId, paymentId: formField(formData, "paymentId"), decision }, emailSettings());
    after(requestOutboxDelivery);
    return done(leadId, decision === "rebook" ? `Booked again (${rebooked} ${rebooked === 1 ? "day" : "days"}): confirmed if the deposit is paid in full, otherwise on hold for the rest.` : "Marked as handled.");
  });
}

export async function applyArtistCreditAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction("applyArtistCredit", "STAFF", formData, async (member) => {
    const leadId = leadIdOf(formData);
    const { payment, confirmedSessions, currency } = await applyArtistCredit(getDb(), member, { leadId, invoiceId: formField(formData, "invoiceId") }, emailSettings());
    after(requestOutboxDelivery);
    return done(leadId, `${formatMoney(payment.amountMinor, currency)} of the artist's credit used.${confirmedSessions > 0 ? " The deposit is paid, so the booking is confirmed." : ""}`);
  });
}

export async function issueCreditNoteAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "issueCreditNote",
    "OWNER",
    formData,
    async (member) => {
      const leadId = leadIdOf(formData);
      const note = await issueCreditNote(getDb(), member, { leadId, invoiceId: formField(formData, "invoiceId"), amount: formField(formData, "amount"), reason: formField(formData, "reason") }, emailSettings());
      after(requestOutboxDelivery);
      return done(leadId, `${note.number} issued: ${formatMoney(note.amountDueMinor, note.currency)} credited; the artist is emailed it.`);
    },
    { fieldIdPrefix: () => `credit-${formField(formData, "invoiceId")}-` },
  );
}
