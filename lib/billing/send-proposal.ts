import type { StaffMember } from "../auth/staff-member";
import { loadLeadSessions } from "../bookings/load-lead-sessions";
import { lockSessions } from "../bookings/lock-booking";
import { quoteSessions } from "../bookings/quote-sessions";
import { runBookingTransaction } from "../bookings/run-booking-transaction";
import type { Database } from "../database/create-prisma-client";
import type { Transaction } from "../database/transaction";
import { ExpectedError } from "../errors/expected-error";
import type { Proposal } from "../generated/prisma/client";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { lockLead } from "../leads/lock-lead";
import { formatMoney } from "../money/format-money";
import { queueEmail } from "../outbox/queue-email";
import { listRateCards } from "../rate-card/list-rate-cards";
import { loadStudioSettings } from "../studio/load-studio-settings";
import { artistPortalUrl, portalSigningKey } from "../artist-portal/artist-portal-url";
import { depositFor, moneyLinesSchema, totalsFor, type MoneyLine } from "./invoice-totals";
import { proposalLines } from "./proposal-lines";
import { recordMoneyEvent } from "./record-money-event";

/**
 * Sends the artist a proposal for one booking: its live sessions priced by the rate card (the
 * lead page's quote), the tax, the deposit its settings ask for, the cancellation policy and the
 * latest terms, all fixed as they are now. An earlier version stops standing (it can no longer be
 * accepted, and one accepted before needs accepting again in this form). The artist gets an email
 * with their page's link, where they read and accept it.
 */
export async function sendProposal(db: Database, actor: StaffMember, { leadId, groupId, now = new Date() }: { leadId: string; groupId: string; now?: Date }, emailSettings: EmailSettings): Promise<Proposal> {
  return runBookingTransaction(db, async (tx) => {
    const lead = await lockLead(tx, leadId, "update");
    await lockSessions(tx, { leadId, groupId });
    const [sessions, studio, offersByRoom, billing, terms, tiers, previous] = await Promise.all([
      loadLeadSessions(tx, leadId),
      loadStudioSettings(tx),
      listRateCards(tx),
      tx.billingSettings.findUniqueOrThrow({ where: { id: 1 } }),
      tx.termsVersion.findFirst({ orderBy: { version: "desc" } }),
      tx.cancellationTier.findMany({ orderBy: { minNoticeHours: "desc" }, select: { minNoticeHours: true, refundPercent: true } }),
      tx.proposal.findFirst({ where: { groupId }, orderBy: { version: "desc" } }),
    ]);
    const booking = sessions.filter((session) => session.groupId === groupId);
    const quote = quoteSessions(booking, { ...studio, offersByRoom });
    if (quote.lines.length === 0) throw new ExpectedError("billing-not-allowed", "This booking has no session on hold or confirmed, so there is nothing to propose.");
    if (quote.missingRates.length > 0) {
      throw new ExpectedError("billing-not-allowed", `Give ${quote.missingRates.join(" and ")} a rate in Settings (or take them off the session) first: the proposal would leave their time out.`);
    }
    if (!terms) throw new ExpectedError("billing-not-allowed", "Publish the studio's terms in Settings → Billing first: the artist accepts them with the proposal.");
    const lines = proposalLines(quote, studio.timeZone);
    const totals = totalsFor(lines, billing);
    const depositMinor = depositFor(totals.totalMinor, billing);
    if (previous && !previous.supersededAt && sameOffer(previous, { lines, totalMinor: totals.totalMinor, depositMinor, termsVersion: terms.version })) {
      throw new ExpectedError("billing-conflict", `The artist has this proposal already (version ${previous.version}). Change the booking or the settings first, or reply to them.`);
    }
    await tx.proposal.updateMany({ where: { groupId, supersededAt: null }, data: { supersededAt: now } });
    const proposal = await tx.proposal.create({
      data: {
        inquiryId: leadId,
        groupId,
        version: (previous?.version ?? 0) + 1,
        currency: studio.currency,
        lines,
        ...totals,
        depositMinor,
        taxRateBasisPoints: billing.taxRateBasisPoints,
        taxInclusive: billing.taxInclusive,
        taxLabel: billing.taxLabel,
        policy: tiers,
        termsVersion: terms.version,
        createdById: actor.id,
        createdAt: now,
      },
    });
    await recordMoneyEvent(tx, { type: "PROPOSAL_SENT", leadId, actorId: actor.id, now, amountMinor: proposal.totalMinor });
    await queueProposalEmail(tx, { lead, proposal, revised: !!previous, now }, emailSettings);
    return proposal;
  });
}

function sameOffer(previous: Proposal, next: { lines: MoneyLine[]; totalMinor: number; depositMinor: number; termsVersion: number }): boolean {
  // Compared field by field: the database gives JSON objects back with their keys reordered.
  const key = (lines: MoneyLine[]) => JSON.stringify(lines.map((line) => [line.description, line.amountMinor]));
  return (
    previous.totalMinor === next.totalMinor &&
    previous.depositMinor === next.depositMinor &&
    previous.termsVersion === next.termsVersion &&
    key(moneyLinesSchema.parse(previous.lines)) === key(next.lines)
  );
}

async function queueProposalEmail(
  tx: Transaction,
  { lead, proposal, revised, now }: { lead: { id: string; reference: string; email: string }; proposal: Proposal; revised: boolean; now: Date },
  settings: EmailSettings,
): Promise<void> {
  const { name } = await tx.inquiry.findUniqueOrThrow({ where: { id: lead.id }, select: { name: true } });
  const money = (minor: number) => formatMoney(minor, proposal.currency);
  const lines = moneyLinesSchema.parse(proposal.lines).map((line) => ({ description: line.description, amount: money(line.amountMinor) }));
  await queueEmail(
    tx,
    "proposal.sent",
    {
      to: lead.email,
      replyTo: settings.studio.email,
      subject: `${revised ? "Your revised proposal" : "Your proposal"} from ${settings.studio.name} [${lead.reference}]`,
      inquiryId: lead.id,
      data: {
        firstName: name.split(" ")[0] || name,
        reference: lead.reference,
        lines,
        total: money(proposal.totalMinor),
        deposit: proposal.depositMinor > 0 ? money(proposal.depositMinor) : null,
        revised,
        portalUrl: await artistPortalUrl(tx, { inquiryId: lead.id, appUrl: settings.appUrl, now, ...portalSigningKey(settings) }),
      },
    },
    { appUrl: settings.appUrl, now },
  );
}
