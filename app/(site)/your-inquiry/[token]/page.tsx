import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageIntro } from "@/components/site/page-intro";
import { PayByCardForm } from "@/components/site/pay-by-card-form";
import { SessionRequestForm } from "@/components/site/session-request-form";
import { artistRequestVerb, artistSessionStatusLabel, artistStatusExplanation, artistStatusLabel } from "@/lib/artist-portal/artist-labels";
import { listMoveOptions, moveOptionValue } from "@/lib/artist-portal/list-move-options";
import { loadArtistInquiry } from "@/lib/artist-portal/load-artist-inquiry";
import { verifyArtistLink } from "@/lib/artist-portal/verify-artist-link";
import { isCardPaymentAvailable } from "@/lib/billing/stripe/is-card-payment-available";
import { stripeAccount } from "@/lib/billing/stripe/stripe-account";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { projectTypeLabel, roleShortLabel } from "@/lib/inquiries/labels";
import { formatMoney } from "@/lib/money/format-money";
import { studio, telHref } from "@/lib/site/studio";
import { formatStudioDate, formatStudioDateTime, formatStudioRange } from "@/lib/time/format-studio-time";
import { AcceptProposalForm } from "@/components/site/accept-proposal-form";
import { YourMoney } from "@/components/site/your-money";
import { describeCancellationPolicy } from "@/lib/billing/describe-cancellation-policy";
import { loadLeadMoney } from "@/lib/billing/load-lead-money";
import { acceptProposalAction, askAboutSessionAction, payByCardAction } from "./actions";

// Personal data: rendered for each request and never cached, and the link (a credential) is
// kept out of search engines and out of the Referer of anything the page loads or links to.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your inquiry", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ payment?: string | string[] }> };

/** Where Stripe's page sends the artist back to (open-checkout-for-invoice.ts). */
const paymentReturn: Record<string, string> = {
  done: "Thank you: your card payment has gone through. It shows here within a few minutes, and we will email you.",
  cancelled: "You left the card payment page before paying, so nothing was taken.",
};

const requestedOutcome = {
  HELD: "Held for you when you sent it: see your sessions below.",
  REQUESTED: "We will come back to you about these times.",
  UNAVAILABLE: "Someone took this time just before you: we will propose another.",
} as const;

const termClass = "font-semibold text-stone-700 dark:text-stone-300";
const linkClass = "font-semibold text-amber-800 underline underline-offset-4 dark:text-amber-300";

export default async function YourInquiryPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { payment } = await searchParams;
  const db = getDb();
  const now = new Date();
  const inquiryId = await verifyArtistLink(db, token, { authSecret: env.AUTH_SECRET, now });
  const inquiry = inquiryId ? await loadArtistInquiry(db, inquiryId, now) : null;
  // An unknown, expired or erased inquiry all read the same: "this link is not valid" (not-found.tsx).
  if (!inquiry) notFound();
  const { timeZone } = inquiry;
  const cardPayments = await isCardPaymentAvailable(db, stripeAccount());
  const returned = typeof payment === "string" ? paymentReturn[payment] : undefined;
  // The free times each live session could move to (same room, same kind), for the request form.
  const money = await loadLeadMoney(db, inquiry.id);
  const moneyBookings = [...money.bookings.values()].filter((booking) => booking.invoices.length > 0 || (booking.proposal && !booking.proposal.supersededAt));
  const [termsVersions, { forfeitAsCredit }, { currency }] = await Promise.all([
    db.termsVersion.findMany({ where: { version: { in: moneyBookings.flatMap((booking) => (booking.proposal ? [booking.proposal.termsVersion] : [])) } }, select: { version: true, body: true } }),
    db.billingSettings.findUniqueOrThrow({ where: { id: 1 }, select: { forfeitAsCredit: true } }),
    db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { currency: true } }),
  ]);
  const depositDue = new Set(moneyBookings.filter((booking) => booking.invoices.some((invoice) => invoice.kind === "DEPOSIT" && invoice.balance.outstandingMinor > 0)).map((booking) => booking.groupId));
  const proposals = new Map(moneyBookings.flatMap((booking) => (booking.proposal ? [[booking.proposal.id, booking.proposal] as const] : [])));
  const optionsBySession = await listMoveOptions(db, inquiry.sessions.filter((session) => session.status !== "CANCELLED"), now);
  const moveOptions = new Map(
    [...optionsBySession].map(([id, options]) => [
      id,
      options.map((option) => ({ value: moveOptionValue(option), day: formatStudioDate(option.start, timeZone), label: formatStudioRange(option.start, option.end, timeZone) })),
    ]),
  );

  return (
    <>
      <PageIntro eyebrow="Your inquiry" title={`Inquiry ${inquiry.reference}`}>
        <p>
          This page is private to you: anyone with the link can see it, so please do not share it. Questions? Reply to any email
          from us, write to <a className={linkClass} href={`mailto:${studio.email}`}>{studio.email}</a> or call{" "}
          <a className={linkClass} href={telHref(studio.phone)}>{studio.phone}</a>, quoting {inquiry.reference}.
        </p>
      </PageIntro>
      <div className="mx-auto max-w-6xl space-y-12 px-5 text-lg sm:px-8">
        <section aria-labelledby="where-it-stands" className="max-w-3xl">
          <h2 id="where-it-stands" className="font-display text-3xl text-stone-950 dark:text-white">Where it stands</h2>
          <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
            <dt className={termClass}>Status</dt>
            <dd>
              <strong className="text-stone-950 dark:text-white">{artistStatusLabel[inquiry.status]}</strong>
              <span className="block text-stone-700 dark:text-stone-300">{artistStatusExplanation[inquiry.status]}</span>
            </dd>
            <dt className={termClass}>Looking for</dt>
            <dd>{roleShortLabel[inquiry.roleNeeded]}</dd>
            <dt className={termClass}>Project</dt>
            <dd>{inquiry.projectType ? projectTypeLabel[inquiry.projectType] : "Not said yet"}</dd>
            {inquiry.requested.times.length > 0 ? (
              <>
                <dt className={termClass}>You asked for</dt>
                <dd>
                  <ul>
                    {inquiry.requested.times.map((slot) => (
                      <li key={slot.id}>
                        {slot.when}
                        {slot.roomName ? `, ${slot.roomName}` : ""}
                      </li>
                    ))}
                  </ul>
                  {inquiry.requested.outcome ? <span className="block text-stone-700 dark:text-stone-300">{requestedOutcome[inquiry.requested.outcome]}</span> : null}
                </dd>
              </>
            ) : null}
          </dl>
        </section>

        {moneyBookings.length > 0 || money.creditMinor > 0 ? (
          <section id="pay" aria-labelledby="proposal-and-payments" className="max-w-3xl scroll-mt-24">
            <h2 id="proposal-and-payments" className="font-display text-3xl text-stone-950 dark:text-white">Proposal and payments</h2>
            {money.creditMinor > 0 ? (
              <p className="mt-2">You have {formatMoney(money.creditMinor, currency)} of credit with us from a cancelled booking: we can take it off your next invoice.</p>
            ) : null}
            {returned ? <p role="status" className="mt-3 rounded-xl bg-amber-50 p-3 text-stone-900 dark:bg-stone-800 dark:text-stone-100">{returned}</p> : null}
            <div className="mt-4">
              <YourMoney
                bookings={moneyBookings}
                liveGroups={new Set(inquiry.sessions.filter((session) => session.status !== "CANCELLED").map((session) => session.groupId))}
                token={token}
                timeZone={timeZone}
                policyOf={(id) => describeCancellationPolicy((proposals.get(id)?.policy ?? []) as { minNoticeHours: number; refundPercent: number }[], { forfeitAsCredit })}
                termsOf={(version) => termsVersions.find((terms) => terms.version === version)?.body ?? null}
                acceptForm={(proposal) => (
                  <AcceptProposalForm
                    token={token}
                    proposalId={proposal.id}
                    termsVersion={proposal.termsVersion}
                    summary={`${formatMoney(proposal.totalMinor, proposal.currency)}${proposal.depositMinor > 0 ? `, with a ${formatMoney(proposal.depositMinor, proposal.currency)} deposit` : ""}`}
                    acceptProposalAction={acceptProposalAction}
                  />
                )}
                payOptions={(invoice) =>
                  cardPayments ? (
                    <PayByCardForm token={token} invoiceId={invoice.id} invoiceNumber={invoice.number} amount={formatMoney(invoice.balance.outstandingMinor, invoice.currency)} payByCardAction={payByCardAction} />
                  ) : null
                }
              />
            </div>
          </section>
        ) : null}

        <section aria-labelledby="your-sessions" className="max-w-3xl">
          <h2 id="your-sessions" className="font-display text-3xl text-stone-950 dark:text-white">Your sessions</h2>
          <p className="mt-2 text-stone-700 dark:text-stone-300">Times are the studio&apos;s local time.</p>
          {inquiry.sessions.length === 0 ? (
            <p className="mt-4">No studio time is booked yet. When we pencil in or confirm a session, it appears here.</p>
          ) : (
            <ul className="mt-4 space-y-6">
              {inquiry.sessions.map((session) => {
                const when = formatStudioRange(session.startsAt, session.endsAt, timeZone);
                return (
                  <li key={session.id} className="rounded-3xl border border-stone-300 p-5 dark:border-stone-700">
                    <h3 className="text-xl font-semibold text-stone-950 dark:text-white">{when}</h3>
                    <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
                      <dt className={termClass}>Status</dt>
                      <dd>
                        {artistSessionStatusLabel[session.status]}
                        {session.holdExpiresAt ? `: held for you until ${formatStudioDateTime(session.holdExpiresAt, timeZone)}` : ""}
                        {session.status === "HOLD" ? (
                          <span className="block text-stone-700 dark:text-stone-300">
                            {depositDue.has(session.groupId)
                              ? <>To keep it, <a href="#pay" className={linkClass}>pay the deposit</a>: paying it confirms your booking. If you do nothing, the time is freed when the hold ends.</>
                              : "To keep it, reply to any of our emails or call us and we will confirm it. If you do nothing, the time is freed when the hold ends."}
                          </span>
                        ) : null}
                      </dd>
                      <dt className={termClass}>Room</dt>
                      <dd>{session.roomName}</dd>
                      {session.engineer ? (
                        <>
                          <dt className={termClass}>Engineer</dt>
                          <dd>{session.engineer}</dd>
                        </>
                      ) : null}
                      {session.producer ? (
                        <>
                          <dt className={termClass}>Producer</dt>
                          <dd>{session.producer}</dd>
                        </>
                      ) : null}
                    </dl>
                    {session.openRequests.map((request) => (
                      <p key={`${request.kind}-${request.createdAt.toISOString()}`} className="mt-3 rounded-xl bg-amber-50 p-3 text-stone-900 dark:bg-stone-800 dark:text-stone-100">
                        You asked us on {formatStudioDate(request.createdAt, timeZone)} to {artistRequestVerb[request.kind]} {request.wholeBooking ? "every day of this booking" : "this session"}
                        {request.proposedStartsAt && request.proposedEndsAt ? ` to ${formatStudioRange(request.proposedStartsAt, request.proposedEndsAt, timeZone)}` : ""}. We will be in touch.
                      </p>
                    ))}
                    {session.status === "CANCELLED" ? null : <SessionRequestForm token={token} bookingId={session.id} sessionLabel={when} liveDaysInBooking={session.liveDaysInBooking} moveOptions={moveOptions.get(session.id) ?? []} askAboutSessionAction={askAboutSessionAction} />}
                  </li>
                );
              })}
            </ul>
          )}
        </section>

      </div>
    </>
  );
}
