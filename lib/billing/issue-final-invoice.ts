import type { StaffMember } from "../auth/staff-member";
import { loadLeadSessions } from "../bookings/load-lead-sessions";
import { lockSessions } from "../bookings/lock-booking";
import { quoteSessions } from "../bookings/quote-sessions";
import { runBookingTransaction } from "../bookings/run-booking-transaction";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { Invoice } from "../generated/prisma/client";
import { lockLead } from "../leads/lock-lead";
import { listRateCards } from "../rate-card/list-rate-cards";
import { loadStudioSettings } from "../studio/load-studio-settings";
import { loadInvoiceBalances } from "./invoice-balance";
import { moneyLinesSchema, taxInGross, type MoneyLine } from "./invoice-totals";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { issueInvoice } from "./issue-invoice";
import { queueInvoiceEmail } from "./queue-invoice-email";
import { proposalLines } from "./proposal-lines";

const DAY_MS = 86_400_000;

/**
 * Issues a booking's final invoice: the latest accepted proposal's lines and tax, while its
 * sessions are still the ones booked (otherwise, or with none accepted, the confirmed sessions as
 * the rate card and today's settings price them), plus the extras recorded since, less the
 * deposit invoiced before. Due after the studio's payment terms, and emailed to the artist with
 * its PDF. One per booking; a booking that is cancelled or only on hold has none.
 */
export async function issueFinalInvoice(db: Database, actor: StaffMember, { leadId, groupId, now = new Date() }: { leadId: string; groupId: string; now?: Date }, emailSettings: EmailSettings): Promise<Invoice> {
  return runBookingTransaction(db, async (tx) => {
    await lockLead(tx, leadId, "update");
    const sessions = await lockSessions(tx, { leadId, groupId });
    if (!sessions.some((session) => session.status === "CONFIRMED")) {
      const onHold = sessions.some((session) => session.status === "HOLD");
      throw new ExpectedError("billing-not-allowed", onHold ? "This booking is still on hold: confirm it before its final invoice." : "This booking is cancelled (or its hold ended), so there is nothing to invoice.");
    }
    const [existing, proposal, extras, deposit, billing] = await Promise.all([
      tx.invoice.findFirst({ where: { groupId, kind: "FINAL" }, select: { number: true } }),
      tx.proposal.findFirst({ where: { groupId, acceptedAt: { not: null } }, orderBy: { version: "desc" } }),
      tx.bookingExtra.findMany({ where: { groupId, invoiceId: null }, orderBy: { createdAt: "asc" } }),
      tx.invoice.findFirst({ where: { groupId, kind: "DEPOSIT" }, orderBy: { issuedAt: "desc" } }),
      tx.billingSettings.findUniqueOrThrow({ where: { id: 1 }, select: { paymentTermsDays: true } }),
    ]);
    if (existing) throw new ExpectedError("billing-conflict", `${existing.number} is this booking's final invoice already. Correct it with a credit note.`);
    // The accepted proposal's prices and tax while its sessions are the ones booked; once a day was
    // cancelled, moved or added, the time actually booked, as the rate card and the settings price it.
    const booked = await confirmedSessionLines(tx, leadId, groupId);
    const accepted = proposal ? moneyLinesSchema.parse(proposal.lines) : null;
    const asProposed = accepted !== null && sameSessions(accepted, booked);
    const lines = [...(asProposed ? accepted : booked), ...extras.map((extra) => ({ description: extra.description, amountMinor: extra.amountMinor }))];
    // The deposit as still owed or paid: less what credit notes took off it.
    const depositGross = deposit ? (await loadInvoiceBalances(tx, [deposit.id])).get(deposit.id)!.dueMinor : 0;
    const invoice = await issueInvoice(tx, {
      kind: "FINAL",
      leadId,
      groupId,
      proposalId: proposal?.id ?? null,
      lines,
      lessDeposit: deposit && depositGross > 0 ? { grossMinor: depositGross, taxMinor: taxInGross(depositGross, deposit.taxRateBasisPoints) } : undefined,
      taxRule: asProposed ? { taxRateBasisPoints: proposal!.taxRateBasisPoints, taxInclusive: proposal!.taxInclusive, taxLabel: proposal!.taxLabel } : undefined,
      note: proposal && !asProposed ? `The sessions changed after proposal version ${proposal.version} was accepted: this invoice bills the time as booked.` : "",
      dueAt: new Date(now.getTime() + billing.paymentTermsDays * DAY_MS),
      actorId: actor.id,
      now,
    });
    if (extras.length > 0) await tx.bookingExtra.updateMany({ where: { id: { in: extras.map((extra) => extra.id) } }, data: { invoiceId: invoice.id } });
    await queueInvoiceEmail(tx, { invoiceId: invoice.id, now }, emailSettings);
    return invoice;
  });
}

/** Whether the proposal's lines name the same sessions as the lines of the time booked now. */
function sameSessions(proposed: MoneyLine[], booked: MoneyLine[]): boolean {
  const sessionsOf = (lines: MoneyLine[]) => lines.map((line) => line.description).sort().join("\n");
  return sessionsOf(proposed) === sessionsOf(booked);
}

async function confirmedSessionLines(tx: Parameters<typeof loadLeadSessions>[0], leadId: string, groupId: string): Promise<MoneyLine[]> {
  const [sessions, studio, offersByRoom] = await Promise.all([loadLeadSessions(tx, leadId), loadStudioSettings(tx), listRateCards(tx)]);
  const confirmed = sessions.filter((session) => session.groupId === groupId && session.status === "CONFIRMED");
  const quote = quoteSessions(confirmed, { ...studio, offersByRoom });
  if (quote.missingRates.length > 0) throw new ExpectedError("billing-not-allowed", `Give ${quote.missingRates.join(" and ")} a rate in Settings first: the invoice would leave their time out.`);
  return proposalLines(quote, studio.timeZone);
}
