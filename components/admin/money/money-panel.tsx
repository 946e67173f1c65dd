import type { LeadMoney } from "@/lib/billing/load-lead-money";
import type { LeadBooking } from "@/lib/bookings/load-lead-bookings";
import { formatMoney } from "@/lib/money/format-money";
import { formatStudioDate, formatStudioDateTime } from "@/lib/time/format-studio-time";
import { AdminForm } from "../admin-form";
import { secondaryButtonClass } from "../styles";
import { BookingExtras } from "./booking-extras";
import { InvoiceList } from "./invoice-list";
import type { MoneyActions } from "./money-actions";
import { PaymentList } from "./payment-list";

type Props = { leadId: string; bookings: LeadBooking[]; money: LeadMoney; currency: string; timeZone: string; isOwner: boolean; now: Date; actions: MoneyActions };

const isLive = (status: string) => status === "HOLD" || status === "CONFIRMED";

/**
 * The lead's money, booking by booking: the proposal and its acceptance, invoices and credit notes,
 * payments and refunds, extras and the final invoice, with the balance on top.
 */
export function MoneyPanel({ leadId, bookings, money, currency, timeZone, isOwner, now, actions }: Props) {
  if (bookings.length === 0) return <p>Book a session first: its proposal, invoices and payments appear here.</p>;
  const hidden = <input type="hidden" name="leadId" value={leadId} />;
  return (
    <div className="space-y-5">
      <p>
        {money.outstandingMinor > 0
          ? `Outstanding: ${formatMoney(money.outstandingMinor, currency)}.`
          : money.outstandingMinor < 0
            ? `The studio owes the artist ${formatMoney(-money.outstandingMinor, currency)}.`
            : "Nothing outstanding."}
        {money.creditMinor > 0 ? ` The artist has ${formatMoney(money.creditMinor, currency)} of credit.` : ""}
      </p>
      {bookings.map((booking) => {
        const entry = money.bookings.get(booking.id);
        const live = booking.sessions.some((session) => isLive(session.status));
        const confirmed = booking.sessions.some((session) => session.status === "CONFIRMED");
        const proposal = entry?.proposal ?? null;
        const hasFinal = entry?.invoices.some((invoice) => invoice.kind === "FINAL") ?? false;
        const first = booking.sessions[0]!;
        const bookingHidden = (
          <>
            {hidden}
            <input type="hidden" name="groupId" value={booking.id} />
          </>
        );
        return (
          <section key={booking.id} aria-label={`Money for the booking from ${formatStudioDate(first.startsAt, timeZone)}`} className="space-y-3 rounded-lg border border-stone-300 p-3 dark:border-stone-700">
            <h3 className="font-semibold">
              Booking from {formatStudioDate(first.startsAt, timeZone)}
              {booking.sessions.length > 1 ? ` (${booking.sessions.length} days)` : ""}
            </h3>
            {proposal ? (
              <p className="text-sm">
                Proposal version {proposal.version}
                {entry!.earlierVersions > 0 ? ` (replacing ${entry!.earlierVersions} earlier)` : ""}, sent {formatStudioDateTime(proposal.createdAt, timeZone)}:{" "}
                {formatMoney(proposal.totalMinor, proposal.currency)}
                {proposal.depositMinor > 0 ? `, deposit ${formatMoney(proposal.depositMinor, proposal.currency)}` : ""}.{" "}
                {proposal.acceptedAt
                  ? `Accepted by ${proposal.acceptedName || "the artist"} on ${formatStudioDateTime(proposal.acceptedAt, timeZone)}, with terms version ${proposal.termsVersion}.`
                  : "Waiting for the artist to accept it."}
              </p>
            ) : (
              <p className="text-sm">No proposal sent yet.</p>
            )}
            <div className="flex flex-wrap gap-3">
              {live ? (
                <AdminForm action={actions.sendProposalAction} submitLabel={proposal ? "Send a revised proposal" : "Send proposal"} pendingLabel="Sending…" buttonClass={proposal ? secondaryButtonClass : undefined}>
                  {bookingHidden}
                </AdminForm>
              ) : null}
              {confirmed && !hasFinal ? (
                <AdminForm action={actions.issueFinalInvoiceAction} submitLabel="Issue the final invoice" pendingLabel="Issuing…" buttonClass={secondaryButtonClass} confirm="Issue the final invoice? Once issued it cannot change; corrections are credit notes.">
                  {bookingHidden}
                </AdminForm>
              ) : null}
            </div>
            <InvoiceList leadId={leadId} invoices={entry?.invoices ?? []} timeZone={timeZone} now={now} creditMinor={money.creditMinor} isOwner={isOwner} actions={actions} />
            {entry && entry.payments.length + entry.invoices.length > 0 ? (
              <div>
                <h4 className="mb-1 font-semibold">Payments</h4>
                <PaymentList leadId={leadId} payments={entry.payments} currency={currency} timeZone={timeZone} canRefund={isOwner} actions={actions} />
              </div>
            ) : null}
            <BookingExtras leadId={leadId} groupId={booking.id} extras={entry?.extras ?? []} currency={currency} canAdd={!hasFinal && (live || confirmed)} actions={actions} />
          </section>
        );
      })}
    </div>
  );
}

