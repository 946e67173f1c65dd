import { lockSessions } from "../bookings/lock-booking";
import { runBookingTransaction } from "../bookings/run-booking-transaction";
import { scheduleHoldReminder } from "../bookings/schedule-hold-reminder";
import type { Database } from "../database/create-prisma-client";
import type { Transaction } from "../database/transaction";
import { ExpectedError } from "../errors/expected-error";
import type { Invoice, Proposal } from "../generated/prisma/client";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { lockLead } from "../leads/lock-lead";
import { formatMoney } from "../money/format-money";
import { formatStudioDateTime } from "../time/format-studio-time";
import { isUuid } from "../validation/is-uuid";
import { issueInvoice } from "./issue-invoice";
import { queueInvoiceEmail } from "./queue-invoice-email";
import { recordMoneyEvent } from "./record-money-event";

export type Acceptance = {
  leadId: string;
  proposalId: unknown;
  /** The terms version the artist was shown: accepting records exactly that one. */
  termsVersion: unknown;
  typedName: unknown;
  agreed: boolean;
  clientAddress: string;
  userAgent: string;
  now?: Date;
};

const DAY_MS = 86_400_000;

/**
 * The artist accepts the studio's proposal from their page: the name they typed, the time, their
 * address and browser, and the exact terms version are recorded on it. Only the current version
 * can be accepted, while the booking is live. When the studio takes a deposit, its invoice is
 * issued now, due when the hold ends, and the hold's reminder is rescheduled to carry it.
 * Accepting twice (a double click) is one acceptance.
 */
export async function acceptProposal(db: Database, input: Acceptance, emailSettings: EmailSettings): Promise<{ proposal: Proposal; depositInvoice: Invoice | null }> {
  const now = input.now ?? new Date();
  const typedName = typeof input.typedName === "string" ? input.typedName.trim().replace(/\s+/g, " ") : "";
  const fieldErrors: Record<string, string[]> = {};
  if (typedName.length < 2 || typedName.length > 120) fieldErrors.acceptedName = ["Type your full name to accept (2 to 120 characters)."];
  if (!input.agreed) fieldErrors.agree = ["Tick the box to say you accept the terms and the cancellation policy."];
  if (Object.keys(fieldErrors).length > 0) throw new ExpectedError("billing-invalid", "Please check the form.", { fieldErrors });
  if (typeof input.proposalId !== "string" || !isUuid(input.proposalId)) throw new ExpectedError("proposal-not-found");
  const proposalId = input.proposalId;

  return runBookingTransaction(db, async (tx) => {
    const lead = await lockLead(tx, input.leadId, "update");
    const proposal = await tx.proposal.findFirst({ where: { id: proposalId, inquiryId: lead.id } });
    if (!proposal) throw new ExpectedError("proposal-not-found");
    if (proposal.acceptedAt) return { proposal, depositInvoice: await depositInvoiceOf(tx, proposal.groupId) };
    if (proposal.supersededAt) throw new ExpectedError("billing-conflict", "The studio has sent a newer version of this proposal: please read that one.");
    if (String(input.termsVersion) !== String(proposal.termsVersion)) throw new ExpectedError("billing-conflict", "The terms on this page are not the ones of this proposal any more: please reload and read them again.");
    const sessions = await lockSessions(tx, { leadId: lead.id, groupId: proposal.groupId });
    const live = sessions.filter((session) => session.status === "CONFIRMED" || (session.status === "HOLD" && (!session.holdExpiresAt || session.holdExpiresAt > now)));
    if (live.length === 0) throw new ExpectedError("billing-not-allowed", "This booking is no longer on hold, so the proposal cannot be accepted. Please write to us and we will find you a time.");

    const accepted = await tx.proposal.update({
      where: { id: proposal.id },
      data: { acceptedAt: now, acceptedName: typedName, acceptedIp: input.clientAddress.slice(0, 64), acceptedUserAgent: input.userAgent.slice(0, 400) },
    });
    await recordMoneyEvent(tx, { type: "PROPOSAL_ACCEPTED", leadId: lead.id, actorId: null, now, amountMinor: proposal.totalMinor });
    const depositInvoice = await issueDepositInvoice(tx, { proposal: accepted, reference: lead.reference, sessions: live, now });
    if (depositInvoice) {
      await queueInvoiceEmail(tx, { invoiceId: depositInvoice.id, now }, emailSettings);
      await scheduleHoldReminder(tx, { groupId: proposal.groupId, now }, emailSettings);
    }
    return { proposal: accepted, depositInvoice };
  });
}

/** The booking's deposit invoice, if one was issued. */
async function depositInvoiceOf(tx: Transaction, groupId: string): Promise<Invoice | null> {
  return tx.invoice.findFirst({ where: { groupId, kind: "DEPOSIT" }, orderBy: { issuedAt: "desc" } });
}

/**
 * The deposit invoice for an accepted proposal that asks for one, unless the booking has one
 * already (an earlier version was accepted): the final invoice settles any difference. Due when
 * the first hold ends, or after the studio's payment terms when every day is confirmed.
 */
async function issueDepositInvoice(
  tx: Transaction,
  { proposal, reference, sessions, now }: { proposal: Proposal; reference: string; sessions: { status: string; holdExpiresAt: Date | null }[]; now: Date },
): Promise<Invoice | null> {
  if (proposal.depositMinor === 0 || (await depositInvoiceOf(tx, proposal.groupId))) return null;
  const holdEnds = sessions.flatMap((session) => (session.status === "HOLD" && session.holdExpiresAt ? [session.holdExpiresAt.getTime()] : []));
  const { paymentTermsDays } = await tx.billingSettings.findUniqueOrThrow({ where: { id: 1 }, select: { paymentTermsDays: true } });
  const dueAt = holdEnds.length > 0 ? new Date(Math.min(...holdEnds)) : new Date(now.getTime() + paymentTermsDays * DAY_MS);
  const share = proposal.depositMinor === proposal.totalMinor ? "in full" : `of ${formatMoney(proposal.totalMinor, proposal.currency)}`;
  return issueInvoice(tx, {
    kind: "DEPOSIT",
    leadId: proposal.inquiryId,
    groupId: proposal.groupId,
    proposalId: proposal.id,
    // The deposit is a share of the gross total, so it carries its tax inside it.
    lines: [{ description: `Deposit for booking ${reference} ${share} (proposal version ${proposal.version})`, amountMinor: proposal.depositMinor }],
    taxRule: { taxRateBasisPoints: proposal.taxRateBasisPoints, taxInclusive: true, taxLabel: proposal.taxLabel },
    dueAt,
    note: holdEnds.length > 0 ? `Paying this deposit confirms your booking. Your time is held until ${formatStudioDateTime(dueAt, await studioZone(tx))}.` : "",
    actorId: null,
    now,
  });
}

async function studioZone(tx: Transaction): Promise<string> {
  return (await tx.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } })).timeZone;
}
