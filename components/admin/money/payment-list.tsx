import type { LeadPayment } from "@/lib/billing/load-lead-money";
import { formatMoney } from "@/lib/money/format-money";
import { formatStudioDate } from "@/lib/time/format-studio-time";
import { AdminForm } from "../admin-form";
import { adminInputClass, adminLabelClass, secondaryButtonClass } from "../styles";
import type { MoneyActions } from "./money-actions";

type Props = {
  leadId: string;
  payments: LeadPayment[];
  currency: string;
  timeZone: string;
  canRefund: boolean;
  actions: Pick<MoneyActions, "issueRefundAction" | "markRefundSentAction" | "settlePaymentDecisionAction">;
};

const METHOD_LABEL = { BANK_TRANSFER: "Bank transfer", STRIPE: "Card (Stripe)", CREDIT: "Artist's credit" } as const;
const REFUND_STATUS = { PENDING: "to send", SUCCEEDED: "sent", FAILED: "failed" } as const;
const ATTENTION = {
  HOLD_LAPSED: "The booking this deposit was for had already ended (its hold lapsed, or it was cancelled), so nothing was confirmed. Book the time again if it is still free, or refund the payment.",
  OVERPAID: "More was paid than was due. Refund the difference, or keep it and mark this handled.",
} as const;

/** Money received on a booking, what was given back of it, and what still needs a decision. */
export function PaymentList({ leadId, payments, currency, timeZone, canRefund, actions }: Props) {
  if (payments.length === 0) return <p className="text-sm">No payments yet.</p>;
  const hidden = <input type="hidden" name="leadId" value={leadId} />;
  return (
    <ul className="space-y-3 text-sm">
      {payments.map((payment) => {
        const refunded = payment.refunds.filter((refund) => refund.status !== "FAILED").reduce((sum, refund) => sum + refund.amountMinor, 0);
        const open = payment.attention && !payment.attentionHandledAt ? payment.attention : null;
        return (
          <li key={payment.id} className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
            <p>
              <strong>{formatMoney(payment.amountMinor, currency)}</strong> · {METHOD_LABEL[payment.method]} · {formatStudioDate(payment.receivedAt, timeZone, "medium")} · {payment.invoiceNumber}
              {payment.reference ? ` · ref. ${payment.reference}` : ""}
            </p>
            {payment.refunds.map((refund) => (
              <div key={refund.id} className="mt-1 flex flex-wrap items-center gap-2">
                <span>
                  Refund {formatMoney(refund.amountMinor, currency)}
                  {refund.creditNoteNumber ? ` (${refund.creditNoteNumber})` : " (an overpayment)"}, {payment.method === "CREDIT" ? "back to the artist's credit" : REFUND_STATUS[refund.status]}
                  {refund.lastError ? `: ${refund.lastError}` : ""}
                </span>
                {refund.status === "PENDING" && payment.method !== "STRIPE" ? (
                  <AdminForm action={actions.markRefundSentAction} submitLabel="Mark sent" pendingLabel="Saving…" buttonClass={secondaryButtonClass}>
                    {hidden}
                    <input type="hidden" name="refundId" value={refund.id} />
                  </AdminForm>
                ) : null}
              </div>
            ))}
            {open ? (
              <div role="note" className="mt-2 rounded-lg border border-amber-600 bg-amber-50 p-2 dark:bg-amber-950">
                <p className="font-semibold">Needs a decision</p>
                <p>{ATTENTION[open as keyof typeof ATTENTION] ?? "This payment needs a decision."}</p>
                <div className="mt-2 flex flex-wrap gap-2">
                  {open === "HOLD_LAPSED" ? (
                    <AdminForm action={actions.settlePaymentDecisionAction} submitLabel="Book it again and confirm" pendingLabel="Booking…">
                      {hidden}
                      <input type="hidden" name="paymentId" value={payment.id} />
                      <input type="hidden" name="decision" value="rebook" />
                    </AdminForm>
                  ) : null}
                  <AdminForm action={actions.settlePaymentDecisionAction} submitLabel="Mark handled" pendingLabel="Saving…" buttonClass={secondaryButtonClass}>
                    {hidden}
                    <input type="hidden" name="paymentId" value={payment.id} />
                    <input type="hidden" name="decision" value="handled" />
                  </AdminForm>
                </div>
              </div>
            ) : null}
            {canRefund && payment.amountMinor > refunded ? (
              <details className="mt-2">
                <summary className="cursor-pointer">Refund part or all of it</summary>
                <AdminForm action={actions.issueRefundAction} submitLabel="Record refund" pendingLabel="Recording…" buttonClass={secondaryButtonClass} className="mt-2 grid gap-3 sm:grid-cols-2">
                  {hidden}
                  <input type="hidden" name="paymentId" value={payment.id} />
                  <div>
                    <label htmlFor={`refund-${payment.id}-amount`} className={adminLabelClass}>Amount ({currency})</label>
                    <input id={`refund-${payment.id}-amount`} name="amount" inputMode="decimal" required defaultValue={((payment.amountMinor - refunded) / 100).toFixed(2)} className={adminInputClass} />
                  </div>
                  <div>
                    <label htmlFor={`refund-${payment.id}-note`} className={adminLabelClass}>Why (printed on the credit note)</label>
                    <input id={`refund-${payment.id}-note`} name="note" required maxLength={400} className={adminInputClass} />
                  </div>
                </AdminForm>
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
