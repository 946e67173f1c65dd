import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminForm } from "@/components/admin/admin-form";
import { LeadDetails } from "@/components/admin/lead/lead-details";
import { LeadTimeline } from "@/components/admin/lead/lead-timeline";
import { StatusBadge } from "@/components/admin/status-badge";
import { adminInputClass, adminLabelClass, dangerButtonClass, linkClass, panelClass, secondaryButtonClass } from "@/components/admin/styles";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { getDb } from "@/lib/db";
import { listRateCards } from "@/lib/rate-card/list-rate-cards";
import { listActiveStaff } from "@/lib/staff/list-active-staff";
import { inquiryStatusLabel } from "@/lib/inquiries/labels";
import { nextStatuses } from "@/lib/leads/lead-status-transitions";
import { loadLead } from "@/lib/leads/load-lead";
import { loadLeadTimeline } from "@/lib/leads/load-lead-timeline";
import { LeadQuote } from "@/components/admin/bookings/lead-quote";
import { MoneyPanel } from "@/components/admin/money/money-panel";
import { loadLeadMoney } from "@/lib/billing/load-lead-money";
import { loadCancellationNotes } from "@/lib/billing/load-cancellation-notes";
import { LeadSessions } from "@/components/admin/bookings/lead-sessions";
import { NewSessionsForm } from "@/components/admin/bookings/new-sessions-form";
import { loadLeadBookings } from "@/lib/bookings/load-lead-bookings";
import { quoteSessions } from "@/lib/bookings/quote-sessions";
import { listCalendarSubjects } from "@/lib/calendar/list-calendar-subjects";
import { loadStudioSettings } from "@/lib/studio/load-studio-settings";
import { addLeadNoteAction, assignLeadAction, changeLeadStatusAction, eraseLeadAction, replyToLeadAction, retryEmailAction } from "./actions";
import { addBookingExtraAction, applyArtistCreditAction, issueCreditNoteAction, issueFinalInvoiceAction, issueRefundAction, markRefundSentAction, recordBankTransferAction, removeBookingExtraAction, sendProposalAction, settlePaymentDecisionAction } from "./money-actions";
import { approveProposedMoveAction, closeArtistRequestAction, bookRequestedTimeAction, loadFreeBusyAction, moveBookingAction, cancelSessionAction, confirmSessionAction, createSessionsAction, moveSessionAction } from "./session-actions";

const moneyActions = { applyArtistCreditAction, issueCreditNoteAction, sendProposalAction, recordBankTransferAction, issueRefundAction, markRefundSentAction, addBookingExtraAction, removeBookingExtraAction, issueFinalInvoiceAction, settlePaymentDecisionAction };
const sessionActions = { confirmSessionAction, moveSessionAction, cancelSessionAction, approveProposedMoveAction, closeArtistRequestAction, moveBookingAction };

export const metadata: Metadata = { title: "Lead" };

type Props = { params: Promise<{ id: string }> };

export default async function LeadPage({ params }: Props) {
  const { id } = await params;
  const member = await requireStaffPage(`/admin/leads/${encodeURIComponent(id)}`);
  const db = getDb();
  const [lead, timeline, staff, bookings, settings, subjects, offersByRoom, money] = await Promise.all([
    loadLead(db, id),
    loadLeadTimeline(db, id),
    listActiveStaff(db),
    loadLeadBookings(db, id),
    loadStudioSettings(db),
    listCalendarSubjects(db),
    listRateCards(db),
    loadLeadMoney(db, id),
  ]);
  if (!lead) notFound();
  const erased = !!lead.erasedAt;
  const title = erased ? `Erased lead ${lead.reference}` : `${lead.artistName || lead.name} (${lead.reference})`;
  const hidden = <input type="hidden" name="leadId" value={lead.id} />;
  const quote = quoteSessions(bookings.flatMap((booking) => booking.sessions), { ...settings, offersByRoom });
  const isOwner = member.role === "OWNER";
  const now = new Date();
  const cancellationNotes = await loadCancellationNotes(db, bookings, money, now, { studioChoice: isOwner });
  // "Book this" while the time the artist asked for is ahead and none of it is held or booked.
  const liveSessions = bookings.flatMap((booking) => booking.sessions).filter((session) => session.status === "HOLD" || session.status === "CONFIRMED");
  const requested = lead.sessionRequestStatus ? lead.preferredSlots : [];
  const canBookRequested =
    !erased &&
    requested.length > 0 &&
    requested[0]!.startsAt > new Date() &&
    !requested.some((slot) => liveSessions.some((session) => session.startsAt < slot.endsAt && session.endsAt > slot.startsAt));

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/leads" className={linkClass}>← All leads</Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <StatusBadge status={lead.status} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <section aria-labelledby="details-heading" className={panelClass}>
            <h2 id="details-heading" className="mb-3 text-lg font-semibold">Inquiry</h2>
            {erased ? <p>The artist&apos;s personal data was erased; what happened to the lead is kept below.</p> : <LeadDetails
                lead={lead}
                timeZone={settings.timeZone}
                bookRequested={
                  canBookRequested ? (
                    <AdminForm action={bookRequestedTimeAction} submitLabel="Book this" pendingLabel="Booking…">
                      {hidden}
                    </AdminForm>
                  ) : null
                }
              />}
          </section>
          <section aria-labelledby="sessions-heading" className={panelClass}>
            <h2 id="sessions-heading" className="mb-3 text-lg font-semibold">Sessions</h2>
            <LeadSessions leadId={lead.id} bookings={bookings} rooms={subjects.rooms} timeZone={settings.timeZone} canOverrideHours={isOwner && !erased} actions={sessionActions} cancellationNotes={cancellationNotes} />
            {erased ? null : (
              <div className="mt-4 border-t border-stone-200 pt-4 dark:border-stone-800">
                <h3 className="mb-2 font-semibold">Book sessions</h3>
                <NewSessionsForm leadId={lead.id} rooms={subjects.rooms} people={subjects.people} holdDays={settings.holdDays} timeZone={settings.timeZone} canOverrideHours={isOwner} createSessionsAction={createSessionsAction} loadFreeBusyAction={loadFreeBusyAction} />
              </div>
            )}
          </section>
          <section aria-labelledby="quote-heading" className={panelClass}>
            <h2 id="quote-heading" className="mb-3 text-lg font-semibold">Quote</h2>
            <LeadQuote quote={quote} currency={settings.currency} timeZone={settings.timeZone} />
          </section>
          <section aria-labelledby="money-heading" className={panelClass}>
            <h2 id="money-heading" className="mb-3 text-lg font-semibold">Proposal, invoices and payments</h2>
            {erased && money.bookings.size === 0 ? <p>No invoices.</p> : <MoneyPanel leadId={lead.id} bookings={erased ? [] : bookings} money={money} currency={settings.currency} timeZone={settings.timeZone} isOwner={isOwner} now={now} actions={moneyActions} />}
          </section>
          {erased ? null : (
            <section aria-labelledby="reply-heading" className={panelClass}>
              <h2 id="reply-heading" className="mb-1 text-lg font-semibold">Reply to {lead.name}</h2>
              <p className="mb-3 text-stone-700 dark:text-stone-300">Sent from the studio to {lead.email}, in the same thread as their acknowledgement.</p>
              <AdminForm action={replyToLeadAction} submitLabel="Send reply" pendingLabel="Queuing…" resetOnSuccess>
                {hidden}
                <label htmlFor="body" className={adminLabelClass}>Your reply</label>
                <textarea id="body" name="body" rows={6} required className={adminInputClass} />
                {quote.lines.length > 0 ? (
                  <label className="mt-2 flex items-center gap-2">
                    <input type="checkbox" name="includeQuote" /> Add the quote below the reply
                  </label>
                ) : null}
              </AdminForm>
            </section>
          )}
          <section aria-labelledby="timeline-heading" className={panelClass}>
            <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">Activity</h2>
            <LeadTimeline items={timeline} leadId={lead.id} timeZone={settings.timeZone} currency={settings.currency} retryEmailAction={retryEmailAction} />
            {erased ? null : (
              <AdminForm action={addLeadNoteAction} submitLabel="Add note" resetOnSuccess className="mt-6">
                {hidden}
                <label htmlFor="note" className={adminLabelClass}>Internal note (never sent to the artist)</label>
                <textarea id="note" name="body" rows={3} required className={adminInputClass} />
              </AdminForm>
            )}
          </section>
        </div>
        <aside className="space-y-6" aria-label="Triage">
          {erased ? null : (
            <section aria-labelledby="status-heading" className={panelClass}>
              <h2 id="status-heading" className="mb-3 text-lg font-semibold">Status</h2>
              <AdminForm action={changeLeadStatusAction} submitLabel="Move" pendingLabel="Moving…">
                {hidden}
                <input type="hidden" name="from" value={lead.status} />
                <label htmlFor="to" className={adminLabelClass}>Move from {inquiryStatusLabel[lead.status]} to</label>
                <select id="to" name="to" className={adminInputClass}>
                  {nextStatuses(lead.status).map((status) => (
                    <option key={status} value={status}>{inquiryStatusLabel[status]}</option>
                  ))}
                </select>
              </AdminForm>
            </section>
          )}
          {erased ? null : (
            <section aria-labelledby="assignee-heading" className={panelClass}>
              <h2 id="assignee-heading" className="mb-3 text-lg font-semibold">Assigned to</h2>
              <AdminForm action={assignLeadAction} submitLabel="Save" buttonClass={secondaryButtonClass}>
                {hidden}
                <input type="hidden" name="expectedAssigneeId" value={lead.assigneeId ?? ""} />
                <label htmlFor="assigneeId" className={adminLabelClass}>Staff member</label>
                <select id="assigneeId" name="assigneeId" defaultValue={lead.assigneeId ?? ""} className={adminInputClass}>
                  <option value="">Nobody</option>
                  {staff.map((person) => (
                    <option key={person.id} value={person.id}>{person.name ?? person.email}{person.id === member.id ? " (you)" : ""}</option>
                  ))}
                </select>
              </AdminForm>
            </section>
          )}
          {isOwner && !erased ? (
            <section aria-labelledby="erase-heading" className={panelClass}>
              <h2 id="erase-heading" className="mb-2 text-lg font-semibold">Erase personal data</h2>
              <p className="mb-2 text-stone-700 dark:text-stone-300">For an artist who asks us to delete their data. Name, contact details, message, notes and email contents go; the record of what happened stays, and so do invoices, with the buyer&apos;s name, as the law requires. This cannot be undone.</p>
              <AdminForm action={eraseLeadAction} submitLabel="Erase personal data" buttonClass={dangerButtonClass} confirm={`Erase ${lead.name}'s personal data? This cannot be undone.`}>
                {hidden}
              </AdminForm>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
