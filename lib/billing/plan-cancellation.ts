import type { Database } from "../database/create-prisma-client";
import type { Transaction } from "../database/transaction";
import type { PaymentMethod } from "../generated/prisma/client";
import { formatMoney } from "../money/format-money";
import { loadInvoiceBalances } from "./invoice-balance";
import { formatNotice } from "./notice-period";
import { z } from "zod";
import { refundForCancellation, type CancellationRefund, type PolicyTier } from "./refund-for-cancellation";

const policyTiersSchema = z.array(z.object({ minNoticeHours: z.number().int(), refundPercent: z.number().int() }));

export type CancelledBy = "artist" | "studio";

export type CancellationPlan = {
  cancelledBy: CancelledBy;
  currency: string;
  /** What the artist has paid towards the booking, net of refunds so far. */
  paidMinor: number;
  /** The policy's answer (the studio cancelling refunds everything). */
  refund: CancellationRefund;
  /** What is not refunded stays with the artist as credit (the studio's setting), not with the studio. */
  keptAsCredit: boolean;
  /** The refund taken from each payment, latest first. */
  refunds: { paymentId: string; invoiceId: string; method: PaymentMethod; amountMinor: number }[];
  /** Unpaid amounts that are no longer owed, each cancelled by a credit note. */
  unpaid: { invoiceId: string; number: string; amountMinor: number }[];
  /** Where kept credit is recorded: the invoice most of the money was paid against. */
  creditInvoiceId: string | null;
};

/**
 * What cancelling a whole booking does to its money, computed before anything is written: shown
 * to the staff member before they confirm, then carried out by settleCancellation in the cancel's
 * own transaction (computed again there, from the locked rows). Null when nothing was invoiced.
 * The notice is measured to the first live session's start, and the tiers are those of the
 * proposal the artist accepted (today's, when none was accepted). Anything paid beyond what was
 * owed is refunded in full before the policy applies to the rest.
 */
export async function planCancellation(db: Database | Transaction, { groupId, cancelledBy, firstStartsAt, now }: { groupId: string; cancelledBy: CancelledBy; firstStartsAt: Date; now: Date }): Promise<CancellationPlan | null> {
  const invoices = await db.invoice.findMany({ where: { groupId, kind: { not: "CREDIT_NOTE" } }, orderBy: { issuedAt: "asc" }, select: { id: true, number: true, currency: true } });
  if (invoices.length === 0) return null;
  const [balances, payments, tiers, billing, accepted] = await Promise.all([
    loadInvoiceBalances(db, invoices.map((invoice) => invoice.id)),
    db.payment.findMany({
      where: { invoiceId: { in: invoices.map((invoice) => invoice.id) } },
      orderBy: [{ receivedAt: "desc" }, { id: "asc" }],
      select: { id: true, invoiceId: true, method: true, amountMinor: true, refunds: { where: { status: { not: "FAILED" } }, select: { amountMinor: true } } },
    }),
    db.cancellationTier.findMany({ select: { minNoticeHours: true, refundPercent: true } }),
    db.billingSettings.findUniqueOrThrow({ where: { id: 1 }, select: { forfeitAsCredit: true } }),
    db.proposal.findFirst({ where: { groupId, acceptedAt: { not: null } }, orderBy: { version: "desc" }, select: { policy: true } }),
  ]);
  // The policy the artist accepted, not today's: a later change to the tiers is for later proposals.
  const policy = accepted ? policyTiersSchema.parse(accepted.policy) : tiers;
  const net = payments.map((payment) => ({ ...payment, netMinor: payment.amountMinor - payment.refunds.reduce((sum, refund) => sum + refund.amountMinor, 0) }));
  const paidMinor = net.reduce((sum, payment) => sum + payment.netMinor, 0);
  // Money paid beyond what was ever owed goes back in full; the policy applies to the rest.
  const overpaidMinor = invoices.reduce((sum, invoice) => sum + Math.max(0, -balances.get(invoice.id)!.outstandingMinor), 0);
  const studioTier: PolicyTier = { minNoticeHours: 0, refundPercent: 100 };
  const policyRefund = refundForCancellation(paidMinor - overpaidMinor, now, firstStartsAt, policy);
  const refund =
    cancelledBy === "studio"
      ? { tier: studioTier, refundPercent: 100, refundMinor: paidMinor, keptMinor: 0 }
      : { ...policyRefund, refundMinor: policyRefund.refundMinor + overpaidMinor };

  let left = refund.refundMinor;
  const refunds: CancellationPlan["refunds"] = [];
  for (const payment of net) {
    const amountMinor = Math.min(left, payment.netMinor);
    if (amountMinor <= 0) continue;
    refunds.push({ paymentId: payment.id, invoiceId: payment.invoiceId, method: payment.method, amountMinor });
    left -= amountMinor;
  }
  const unpaid = invoices.flatMap((invoice) => {
    const { dueMinor, paidMinor: paid } = balances.get(invoice.id)!;
    return dueMinor - paid > 0 ? [{ invoiceId: invoice.id, number: invoice.number, amountMinor: dueMinor - paid }] : [];
  });
  const mostPaid = [...net].sort((a, b) => b.netMinor - a.netMinor)[0];
  return {
    cancelledBy,
    currency: invoices[0]!.currency,
    paidMinor,
    refund,
    keptAsCredit: billing.forfeitAsCredit && refund.keptMinor > 0,
    refunds,
    unpaid,
    creditInvoiceId: mostPaid?.invoiceId ?? null,
  };
}

/** The plan in one sentence, for the cancel form and the timeline. */
export function describeCancellationPlan(plan: CancellationPlan): string {
  const money = (minor: number) => formatMoney(minor, plan.currency);
  const unpaid = plan.unpaid.length > 0 ? ` ${plan.unpaid.map((item) => `${item.number} (${money(item.amountMinor)} unpaid)`).join(" and ")} ${plan.unpaid.length === 1 ? "is" : "are"} cancelled by a credit note.` : "";
  if (plan.paidMinor === 0) return `Nothing has been paid, so nothing is refunded.${unpaid}`;
  if (plan.cancelledBy === "studio") return `The studio is cancelling, so everything paid, ${money(plan.paidMinor)}, is refunded.${unpaid}`;
  const { tier, refundPercent, refundMinor, keptMinor } = plan.refund;
  const why = tier ? `at least ${formatNotice(tier.minNoticeHours)} ahead, the policy refunds ${refundPercent} %` : "with less notice than any tier of the policy, nothing is refunded";
  const kept = keptMinor === 0 ? "" : plan.keptAsCredit ? `; ${money(keptMinor)} stays as the artist's credit` : `; the studio keeps ${money(keptMinor)}`;
  return `Cancelled ${why}: ${money(refundMinor)} of ${money(plan.paidMinor)} paid goes back${kept}.${unpaid}`;
}

