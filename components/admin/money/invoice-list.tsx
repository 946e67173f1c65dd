import type { LeadInvoice } from "@/lib/billing/load-lead-money";
import { formatMoney } from "@/lib/money/format-money";
import { formatStudioDate } from "@/lib/time/format-studio-time";
import { todayIn } from "@/lib/time/zoned-time";
import { AdminForm } from "../admin-form";
import { adminInputClass, adminLabelClass, linkClass, secondaryButtonClass, stackedTable } from "../styles";
import type { MoneyActions } from "./money-actions";

type Props = {
  leadId: string;
  invoices: LeadInvoice[];
  timeZone: string;
  now: Date;
  /** The artist's credit from cancelled bookings, which can pay what is due. */
  creditMinor: number;
  /** Owners may take part of an invoice off by a credit note. */
  isOwner: boolean;
  actions: Pick<MoneyActions, "recordBankTransferAction" | "applyArtistCreditAction" | "issueCreditNoteAction">;
};

export const INVOICE_KIND_LABEL = { DEPOSIT: "Deposit invoice", FINAL: "Final invoice", CREDIT_NOTE: "Credit note" } as const;
const CREDIT_REASON_LABEL = { REFUND: "refund", ACCOUNT_CREDIT: "kept as credit", CANCELLATION: "no longer due" } as const;

/** A booking's invoices and credit notes, each with its PDF and what is still to pay on it. */
export function InvoiceList({ leadId, invoices, timeZone, now, creditMinor, isOwner, actions }: Props) {
  if (invoices.length === 0) return null;
  const numberOf = new Map(invoices.map((invoice) => [invoice.id, invoice.number]));
  return (
    <div className="space-y-3">
      <table className={`${stackedTable.table} text-sm`}>
        <caption className="sr-only">Invoices and credit notes</caption>
        <thead className={stackedTable.head}>
          <tr className={stackedTable.headRow}>
            <th scope="col" className="py-1 pr-4">Document</th>
            <th scope="col" className="py-1 pr-4">Issued</th>
            <th scope="col" className="py-1 pr-4 text-right">Amount</th>
            <th scope="col" className="py-1">Status</th>
          </tr>
        </thead>
        <tbody className={stackedTable.body}>
          {invoices.map((invoice) => (
            <tr key={invoice.id} className={stackedTable.row}>
              <td className={stackedTable.cell}>
                <a href={`/admin/leads/${leadId}/invoices/${invoice.id}`} className={linkClass}>
                  {invoice.number}
                </a>{" "}
                {INVOICE_KIND_LABEL[invoice.kind]}
                {invoice.creditsInvoiceId ? ` for ${numberOf.get(invoice.creditsInvoiceId) ?? "an invoice"} (${CREDIT_REASON_LABEL[invoice.creditReason!]})` : ""}
              </td>
              <td className={stackedTable.cell}>{formatStudioDate(invoice.issuedAt, timeZone, "medium")}</td>
              <td className={`${stackedTable.cell} sm:text-right`}>{formatMoney(invoice.amountDueMinor, invoice.currency)}</td>
              <td className={stackedTable.cell}>{invoiceStatus(invoice, timeZone, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {invoices
        .filter((invoice) => invoice.kind !== "CREDIT_NOTE" && invoice.balance.outstandingMinor > 0)
        .map((invoice) => (
          <details key={invoice.id} className="rounded-lg border border-stone-300 p-3 dark:border-stone-700">
            <summary className="cursor-pointer font-semibold">Record a payment for {invoice.number}</summary>
            {creditMinor > 0 ? (
              <AdminForm action={actions.applyArtistCreditAction} submitLabel={`Pay from the artist's credit (${formatMoney(creditMinor, invoice.currency)})`} pendingLabel="Paying…" buttonClass={secondaryButtonClass} className="mt-3">
                <input type="hidden" name="leadId" value={leadId} />
                <input type="hidden" name="invoiceId" value={invoice.id} />
              </AdminForm>
            ) : null}
            <AdminForm action={actions.recordBankTransferAction} submitLabel="Record payment" pendingLabel="Recording…" buttonClass={secondaryButtonClass} className="mt-3 grid gap-3 sm:grid-cols-3">
              <input type="hidden" name="leadId" value={leadId} />
              <input type="hidden" name="invoiceId" value={invoice.id} />
              <div>
                <label htmlFor={`pay-${invoice.id}-amount`} className={adminLabelClass}>Amount ({invoice.currency})</label>
                <input id={`pay-${invoice.id}-amount`} name="amount" inputMode="decimal" required defaultValue={(invoice.balance.outstandingMinor / 100).toFixed(2)} className={adminInputClass} />
              </div>
              <div>
                <label htmlFor={`pay-${invoice.id}-receivedOn`} className={adminLabelClass}>Arrived on</label>
                <input id={`pay-${invoice.id}-receivedOn`} name="receivedOn" type="date" required defaultValue={todayIn(timeZone, now)} max={todayIn(timeZone, now)} className={adminInputClass} />
              </div>
              <div>
                <label htmlFor={`pay-${invoice.id}-reference`} className={adminLabelClass}>Bank reference</label>
                <input id={`pay-${invoice.id}-reference`} name="reference" required maxLength={200} className={adminInputClass} />
              </div>
            </AdminForm>
          </details>
        ))}
      {isOwner
        ? invoices
            .filter((invoice) => invoice.kind !== "CREDIT_NOTE" && invoice.balance.dueMinor > 0)
            .map((invoice) => (
              <details key={`credit-${invoice.id}`} className="rounded-lg border border-stone-300 p-3 dark:border-stone-700">
                <summary className="cursor-pointer font-semibold">Issue a credit note for {invoice.number}</summary>
                <p className="mt-2 text-sm">Takes part or all of it off what is owed (a mistake, a deposit no longer asked for). Money paid beyond the new amount is then refunded from the payment.</p>
                <AdminForm action={actions.issueCreditNoteAction} submitLabel="Issue credit note" pendingLabel="Issuing…" buttonClass={secondaryButtonClass} confirm={`Issue a credit note against ${invoice.number}? It cannot be changed once issued.`} className="mt-3 grid gap-3 sm:grid-cols-2">
                  <input type="hidden" name="leadId" value={leadId} />
                  <input type="hidden" name="invoiceId" value={invoice.id} />
                  <div>
                    <label htmlFor={`credit-${invoice.id}-amount`} className={adminLabelClass}>Amount ({invoice.currency})</label>
                    <input id={`credit-${invoice.id}-amount`} name="amount" inputMode="decimal" required defaultValue={(invoice.balance.dueMinor / 100).toFixed(2)} className={adminInputClass} />
                  </div>
                  <div>
                    <label htmlFor={`credit-${invoice.id}-reason`} className={adminLabelClass}>Why (printed on the credit note)</label>
                    <input id={`credit-${invoice.id}-reason`} name="reason" required maxLength={400} className={adminInputClass} />
                  </div>
                </AdminForm>
              </details>
            ))
        : null}
    </div>
  );
}

function invoiceStatus(invoice: LeadInvoice, timeZone: string, now: Date): string {
  if (invoice.kind === "CREDIT_NOTE") return "Issued";
  const { outstandingMinor, paidMinor } = invoice.balance;
  if (outstandingMinor < 0) return `${formatMoney(-outstandingMinor, invoice.currency)} to give back`;
  if (outstandingMinor === 0) return paidMinor > 0 ? "Paid" : "Nothing due";
  const due = invoice.dueAt ? ` by ${formatStudioDate(invoice.dueAt, timeZone, "medium")}` : "";
  const overdue = invoice.dueAt && invoice.dueAt < now ? "Overdue: " : "";
  return `${overdue}${formatMoney(outstandingMinor, invoice.currency)} due${due}`;
}
