import { confirmHolds } from "../bookings/confirm-booking";
import { lockSessions } from "../bookings/lock-booking";
import { scheduleHoldReminder } from "../bookings/schedule-hold-reminder";
import type { Transaction } from "../database/transaction";
import { ExpectedError } from "../errors/expected-error";
import type { Payment, PaymentMethod } from "../generated/prisma/client";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { lockLead } from "../leads/lock-lead";
import { formatMoney } from "../money/format-money";
import { queueEmail } from "../outbox/queue-email";
import { loadInvoiceBalance } from "./invoice-balance";
import { lockInvoice } from "./lock-invoice";
import { recordMoneyEvent } from "./record-money-event";

export type NewPayment = {
  invoiceId: string;
  /** The lead the caller believes it is (a staff form); left out for a provider's event. */
  leadId?: string;
  amountMinor: number;
  method: PaymentMethod;
  reference: string;
  receivedAt: Date;
  /** Stripe's PaymentIntent: however many events announce it, it is one payment. */
  stripePaymentIntentId?: string;
  actorId: string | null;
  now: Date;
};

export type PaymentOutcome = {
  payment: Payment;
  /** False when this PaymentIntent was recorded before: nothing was written this time. */
  created: boolean;
  /** Sessions the payment confirmed (a deposit paying for its hold). */
  confirmedSessions: number;
  /** The invoice's currency, for saying how much. */
  currency: string;
};

/**
 * Records money received against an invoice, in the caller's transaction, exactly once.
 *
 * A staff member recording a bank transfer is refused more than is outstanding. Money that has
 * already arrived through a provider is never refused: it is recorded, and if it is more than
 * was due the studio is asked to decide. When the payment settles a deposit, the booking's live
 * holds are confirmed by it, with the usual invitation email; a hold that had already lapsed is
 * not (its time may be someone else's), and the studio is asked to hold it again or refund.
 *
 * Locks the lead, then the invoice, then the booking: the order every money write takes.
 */
export async function recordPayment(tx: Transaction, input: NewPayment, emailSettings: EmailSettings): Promise<PaymentOutcome> {
  const { now } = input;
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0) {
    throw new ExpectedError("billing-invalid", "Enter the amount received, more than zero.", { fieldErrors: { amount: ["Enter the amount received, more than zero."] } });
  }
  const known = input.stripePaymentIntentId ? await tx.payment.findUnique({ where: { stripePaymentIntentId: input.stripePaymentIntentId } }) : null;
  if (known) return { payment: known, created: false, confirmedSessions: 0, currency: (await tx.invoice.findUniqueOrThrow({ where: { id: known.invoiceId }, select: { currency: true } })).currency };

  const { inquiryId } = await lockInvoice(tx, input.invoiceId, input.leadId, { lock: false });
  const lead = await lockLead(tx, inquiryId, "update").catch((error: unknown) => {
    // Money that has arrived is recorded even for an erased lead; only people are refused.
    if (input.method === "STRIPE" && error instanceof ExpectedError && error.code === "lead-erased") return null;
    throw error;
  });
  const invoice = await lockInvoice(tx, input.invoiceId, input.leadId);
  // A concurrent event for the same intent may have committed while this one waited for the lead.
  const again = input.stripePaymentIntentId ? await tx.payment.findUnique({ where: { stripePaymentIntentId: input.stripePaymentIntentId } }) : null;
  if (again) return { payment: again, created: false, confirmedSessions: 0, currency: invoice.currency };

  if (invoice.kind === "CREDIT_NOTE") throw new ExpectedError("billing-not-allowed", `${invoice.number} is a credit note; payments go against an invoice.`);
  const { outstandingMinor } = await loadInvoiceBalance(tx, invoice.id);
  const overpaid = input.amountMinor > outstandingMinor;
  if (overpaid && input.method !== "STRIPE") {
    const message =
      outstandingMinor <= 0
        ? `${invoice.number} is paid in full already.`
        : `That is more than is due: ${formatMoney(outstandingMinor, invoice.currency)} is outstanding on ${invoice.number}.`;
    throw new ExpectedError("billing-invalid", message, { fieldErrors: { amount: [message] } });
  }

  let confirmedSessions = 0;
  let attention: "OVERPAID" | "HOLD_LAPSED" | null = overpaid ? "OVERPAID" : null;
  if (invoice.kind === "DEPOSIT" && lead) {
    const sessions = await lockSessions(tx, { leadId: lead.id, groupId: invoice.groupId });
    const liveHolds = sessions.filter((session) => session.status === "HOLD" && (!session.holdExpiresAt || session.holdExpiresAt > now));
    const anyConfirmed = sessions.some((session) => session.status === "CONFIRMED");
    if (liveHolds.length === 0 && !anyConfirmed) {
      // Nothing left to confirm: the money is kept, and the studio decides (book again, or refund).
      attention = "HOLD_LAPSED";
    } else if (liveHolds.length > 0 && outstandingMinor > 0 && input.amountMinor >= outstandingMinor) {
      await confirmHolds(tx, { lead, holds: liveHolds, actorId: input.actorId, now }, emailSettings);
      confirmedSessions = liveHolds.length;
    }
  }

  const payment = await tx.payment.create({
    data: {
      invoiceId: invoice.id,
      amountMinor: input.amountMinor,
      method: input.method,
      reference: input.reference.slice(0, 200),
      receivedAt: input.receivedAt,
      stripePaymentIntentId: input.stripePaymentIntentId ?? null,
      attention,
      recordedById: input.actorId,
      createdAt: now,
    },
  });
  // A part payment of a deposit: the hold's reminder asks for what is left.
  if (invoice.kind === "DEPOSIT" && lead && confirmedSessions === 0 && !attention) await scheduleHoldReminder(tx, { groupId: invoice.groupId, now }, emailSettings);
  await recordMoneyEvent(tx, { type: "PAYMENT_RECORDED", leadId: invoice.inquiryId, actorId: input.actorId, now, invoiceId: invoice.id, documentNumber: invoice.number, amountMinor: input.amountMinor });
  if (attention) {
    await recordMoneyEvent(tx, { type: "PAYMENT_NEEDS_DECISION", leadId: invoice.inquiryId, actorId: null, now, invoiceId: invoice.id, documentNumber: invoice.number, amountMinor: input.amountMinor });
    await queueNeedsDecisionEmail(tx, { invoice, amountMinor: input.amountMinor, reason: attention === "OVERPAID" ? "overpaid" : "hold-lapsed", now }, emailSettings);
  }
  return { payment, created: true, confirmedSessions, currency: invoice.currency };
}

async function queueNeedsDecisionEmail(
  tx: Transaction,
  { invoice, amountMinor, reason, now }: { invoice: { inquiryId: string; number: string; currency: string }; amountMinor: number; reason: "overpaid" | "hold-lapsed"; now: Date },
  settings: EmailSettings,
): Promise<void> {
  const lead = await tx.inquiry.findUniqueOrThrow({ where: { id: invoice.inquiryId }, select: { reference: true, name: true, artistName: true, erasedAt: true } });
  const artistName = lead.erasedAt ? `The artist of ${lead.reference}` : lead.artistName || lead.name;
  await queueEmail(
    tx,
    "payment.needs-decision",
    {
      to: settings.studioInbox,
      subject: `A payment needs your decision [${lead.reference}]`,
      inquiryId: invoice.inquiryId,
      data: {
        artistName,
        reference: lead.reference,
        amount: formatMoney(amountMinor, invoice.currency),
        invoiceNumber: invoice.number,
        reason,
        leadUrl: new URL(`/admin/leads/${invoice.inquiryId}`, settings.appUrl).toString(),
      },
    },
    { appUrl: settings.appUrl, now },
  );
}
