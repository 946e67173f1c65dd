import type { ReactNode } from "react";
import type { BookingMoney, LeadInvoice } from "@/lib/billing/load-lead-money";
import { formatMoney } from "@/lib/money/format-money";
import { formatStudioDate, formatStudioDateTime } from "@/lib/time/format-studio-time";

const KIND = { DEPOSIT: "Deposit invoice", FINAL: "Final invoice", CREDIT_NOTE: "Credit note" } as const;

type Props = {
  bookings: BookingMoney[];
  token: string;
  timeZone: string;
  /** Each proposal's cancellation policy in words, and the terms it was sent with, by proposal id. */
  policyOf: (proposalId: string) => string;
  termsOf: (version: number) => string | null;
  /** The accept form, for a proposal not yet accepted. */
  acceptForm: (proposal: NonNullable<BookingMoney["proposal"]>) => ReactNode;
  /** Bookings with a day on hold or confirmed: a lapsed booking's unpaid deposit is no longer asked for. */
  liveGroups: Set<string>;
  /** What else the page offers for paying an invoice (card payment, when the studio takes it). */
  payOptions?: (invoice: LeadInvoice) => ReactNode;
};

/**
 * The artist's side of the money: the studio's proposal with its policy and terms (and the form
 * to accept it), then each invoice and credit note with its PDF and how to pay what is due.
 */
export function YourMoney({ bookings, token, timeZone, policyOf, termsOf, acceptForm, liveGroups, payOptions }: Props) {
  return (
    <div className="space-y-10">
      {bookings.map(({ groupId, proposal, invoices }) => (
        <div key={groupId} className="space-y-6">
          {proposal && !proposal.supersededAt ? (
            <article aria-labelledby={`proposal-${proposal.id}`} className="rounded-3xl border border-stone-300 p-5 dark:border-stone-700">
              <h3 id={`proposal-${proposal.id}`} className="text-xl font-semibold text-stone-950 dark:text-white">
                The studio&apos;s proposal{proposal.version > 1 ? ` (version ${proposal.version})` : ""}
              </h3>
              <table className="mt-4 w-full text-left">
                <caption className="sr-only">What the proposal covers</caption>
                <thead>
                  <tr>
                    <th scope="col" className="py-1 pr-3">Item</th>
                    <th scope="col" className="py-1 text-right">Price</th>
                  </tr>
                </thead>
                <tbody>
                  {proposal.lineItems.map((line, index) => (
                    <tr key={index} className="border-t border-stone-200 align-top dark:border-stone-800">
                      <td className="py-1 pr-3">{line.description}</td>
                      <td className="py-1 text-right whitespace-nowrap">{formatMoney(line.amountMinor, proposal.currency)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  {proposal.taxMinor > 0 ? (
                    <tr className="border-t border-stone-300 dark:border-stone-700">
                      <th scope="row" className="py-1 pr-3 font-normal">{proposal.taxInclusive ? `Of which ${proposal.taxLabel}` : proposal.taxLabel}</th>
                      <td className="py-1 text-right">{formatMoney(proposal.taxMinor, proposal.currency)}</td>
                    </tr>
                  ) : null}
                  <tr className="border-t-2 border-stone-400 font-semibold">
                    <th scope="row" className="py-1 pr-3">Total</th>
                    <td className="py-1 text-right">{formatMoney(proposal.totalMinor, proposal.currency)}</td>
                  </tr>
                  {proposal.depositMinor > 0 ? (
                    <tr>
                      <th scope="row" className="py-1 pr-3 font-normal">Deposit to confirm the booking</th>
                      <td className="py-1 text-right">{formatMoney(proposal.depositMinor, proposal.currency)}</td>
                    </tr>
                  ) : null}
                </tfoot>
              </table>
              <h4 className="mt-6 text-lg font-semibold">If you cancel</h4>
              <p>{policyOf(proposal.id)}</p>
              <details className="mt-4">
                <summary className="cursor-pointer font-semibold text-amber-800 underline underline-offset-4 dark:text-amber-300">Read the studio&apos;s terms (version {proposal.termsVersion})</summary>
                <div className="mt-3 whitespace-pre-line rounded-xl bg-stone-50 p-4 text-base dark:bg-stone-900">{termsOf(proposal.termsVersion) ?? "The terms could not be found; please ask us for them."}</div>
              </details>
              {proposal.acceptedAt ? (
                // A status: it is what the artist sees the moment they accept (the page refreshes).
                <p role="status" className="mt-4 font-semibold">
                  You accepted this proposal on {formatStudioDateTime(proposal.acceptedAt, timeZone)}
                  {proposal.acceptedName ? ` as ${proposal.acceptedName}` : ""}.
                  {invoices.some((invoice) => invoice.kind === "DEPOSIT" && invoice.balance.outstandingMinor > 0) ? " Your deposit invoice is below: paying it confirms your booking." : ""}
                </p>
              ) : (
                acceptForm(proposal)
              )}
            </article>
          ) : null}
          {invoices.length > 0 ? (
            <ul className="space-y-4">
              {invoices.map((invoice) => (
                <li key={invoice.id} className="rounded-3xl border border-stone-300 p-5 dark:border-stone-700">
                  <h3 className="text-xl font-semibold text-stone-950 dark:text-white">
                    {KIND[invoice.kind]} {invoice.number}: {formatMoney(invoice.amountDueMinor, invoice.currency)}
                  </h3>
                  <p className="mt-1">
                    Issued {formatStudioDate(invoice.issuedAt, timeZone)}. {invoiceState(invoice, timeZone, liveGroups.has(groupId))}{" "}
                    <a href={`/your-inquiry/${token}/invoices/${invoice.id}`} className="font-semibold text-amber-800 underline underline-offset-4 dark:text-amber-300" download>
                      Download the PDF
                    </a>
                  </p>
                  {invoice.kind === "DEPOSIT" && invoice.balance.outstandingMinor > 0 && !liveGroups.has(groupId) ? (
                    <p className="mt-3">The hold this deposit was for has ended, so it is no longer asked for. If you would still like the time, write to us.</p>
                  ) : invoice.kind !== "CREDIT_NOTE" && invoice.balance.outstandingMinor > 0 ? (
                    <div className="mt-3 space-y-3">
                      {invoice.paymentInstructions ? (
                        <div>
                          <p className="font-semibold">Pay by bank transfer, quoting {invoice.number}:</p>
                          <p className="whitespace-pre-line">{invoice.paymentInstructions}</p>
                        </div>
                      ) : (
                        <p>To pay, reply to any of our emails and we will send you the details.</p>
                      )}
                      {payOptions?.(invoice)}
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
    </div>
  );
}

function invoiceState(invoice: LeadInvoice, timeZone: string, live: boolean): string {
  if (invoice.kind === "CREDIT_NOTE" || (invoice.kind === "DEPOSIT" && !live && invoice.balance.outstandingMinor > 0)) return "";
  const { outstandingMinor, paidMinor } = invoice.balance;
  if (outstandingMinor <= 0) return paidMinor > 0 ? "Paid, thank you." : "Nothing to pay.";
  return `${formatMoney(outstandingMinor, invoice.currency)} to pay${invoice.dueAt ? ` by ${formatStudioDateTime(invoice.dueAt, timeZone)}` : ""}.`;
}
