"use server";

import { loadStudioSettings } from "@/lib/studio/load-studio-settings";
import { formatStudioRange } from "@/lib/time/format-studio-time";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { openCheckoutForInvoice } from "@/lib/billing/stripe/open-checkout-for-invoice";
import type { PayByCardState } from "@/lib/billing/stripe/pay-by-card-state";
import { stripeAccount } from "@/lib/billing/stripe/stripe-account";
import { askAboutSession } from "@/lib/artist-portal/ask-about-session";
import type { ArtistRequestFormState } from "@/lib/artist-portal/artist-request-form-state";
import { isFormData, UNREADABLE_FORM } from "@/lib/auth/form-fields";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { ExpectedError } from "@/lib/errors/expected-error";
import { emailSettings } from "@/lib/inquiries/email-settings";
import { requestOutboxDelivery } from "@/lib/background/web-process";
import { headers } from "next/headers";
import { acceptProposal } from "@/lib/billing/accept-proposal";
import type { AcceptProposalFormState } from "@/lib/billing/accept-proposal-form-state";
import { verifyArtistLink } from "@/lib/artist-portal/verify-artist-link";
import { clientAddressFrom } from "@/lib/security/client-ip";
import { formatMoney } from "@/lib/money/format-money";

/** Enough for a change of mind and a correction; far below what would flood the studio's inbox. */
const REQUESTS_PER_INQUIRY_PER_HOUR = 10;

const ANSWERS = {
  MOVE: "Thank you: we have your request to move this session. We will be in touch to agree a new time; until then it stays as it is.",
  CANCEL: "Thank you: we have your request to cancel this session. We will confirm by email.",
  repeat: "We already have your request about this session and will be in touch soon.",
};
const GENERIC_FAILURE = "Sorry, something went wrong on our side and your request was not sent. Please try again in a moment, or email us.";

/**
 * The artist asks to move or cancel one of their sessions. Public: the signed link is the only
 * credential, so the token is checked again here, and the session must be that inquiry's.
 */
export async function askAboutSessionAction(_previous: ArtistRequestFormState, formData: FormData): Promise<ArtistRequestFormState> {
  if (!isFormData(formData)) return { status: "invalid", message: UNREADABLE_FORM, fieldErrors: {} };
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const values = { kind: field("kind"), scope: field("scope"), moveTo: field("moveTo"), message: field("message").slice(0, 5_000) };
  try {
    const result = await askAboutSession(
      { db: getDb(), authSecret: env.AUTH_SECRET, emailSettings: emailSettings(), ratePerHour: REQUESTS_PER_INQUIRY_PER_HOUR },
      { token: field("token"), bookingId: field("bookingId"), scope: values.scope || undefined, kind: values.kind, moveTo: values.moveTo, message: values.message },
    );
    if (result.outcome !== "already-asked") after(requestOutboxDelivery);
    // The page lists open requests and the sessions' times; show the change at once.
    refresh();
    if (result.outcome === "moved") {
      const { timeZone } = await loadStudioSettings(getDb());
      return { status: "moved", message: `Done: your session is now ${formatStudioRange(result.startsAt, result.endsAt, timeZone)}. We have emailed you the updated invitation.` };
    }
    return { status: result.outcome, message: result.outcome === "asked" ? ANSWERS[result.kind] : ANSWERS.repeat };
  } catch (error) {
    if (error instanceof ExpectedError && error.kind === "invalid") return { status: "invalid", message: error.message, fieldErrors: error.fieldErrors, values };
    // A dead link, a session that is not theirs or no longer live, too many requests: refused, saying why.
    if (error instanceof ExpectedError) return { status: "refused", message: error.message, values };
    console.error("[your-inquiry] asking about a session failed", error);
    return { status: "error", message: GENERIC_FAILURE, values };
  }
}

/**
 * The artist accepts the studio's proposal. Public like the request form: the signed link is
 * the credential, checked again here, and the proposal must be that inquiry's current one.
 */
export async function acceptProposalAction(_previous: AcceptProposalFormState, formData: FormData): Promise<AcceptProposalFormState> {
  if (!isFormData(formData)) return { status: "invalid", message: UNREADABLE_FORM, fieldErrors: {} };
  const typedName = String(formData.get("acceptedName") ?? "").slice(0, 200);
  try {
    const db = getDb();
    const leadId = await verifyArtistLink(db, formData.get("token"), { authSecret: env.AUTH_SECRET });
    if (!leadId) throw new ExpectedError("artist-link-invalid");
    const requestHeaders = await headers();
    const { depositInvoice } = await acceptProposal(
      db,
      {
        leadId,
        proposalId: formData.get("proposalId"),
        termsVersion: formData.get("termsVersion"),
        typedName,
        agreed: formData.get("agree") === "on",
        clientAddress: clientAddressFrom(requestHeaders, env.TRUST_PROXY_HOPS),
        userAgent: requestHeaders.get("user-agent") ?? "",
      },
      emailSettings(),
    );
    after(requestOutboxDelivery);
    refresh();
    const next = depositInvoice
      ? ` Your deposit invoice ${depositInvoice.number} for ${formatMoney(depositInvoice.amountDueMinor, depositInvoice.currency)} is below: paying it confirms your booking.`
      : " We will confirm your booking with you.";
    return { status: "accepted", message: `Thank you: you have accepted the proposal.${next}` };
  } catch (error) {
    if (error instanceof ExpectedError && error.kind === "invalid") return { status: "invalid", message: error.message, fieldErrors: error.fieldErrors, typedName };
    if (error instanceof ExpectedError) return { status: "refused", message: error.message, typedName };
    console.error("[your-inquiry] accepting a proposal failed", error);
    return { status: "error", message: "Sorry, something went wrong on our side and your acceptance was not recorded. Please try again in a moment, or email us.", typedName };
  }
}

/**
 * The artist pays one of their invoices by card: on to Stripe's page for what is outstanding.
 * Public: the signed link is the only credential, so the token is checked again here, and the
 * invoice must be that inquiry's (an erased inquiry's link is dead).
 */
export async function payByCardAction(_previous: PayByCardState, formData: FormData): Promise<PayByCardState> {
  if (!isFormData(formData)) return { status: "refused", message: UNREADABLE_FORM };
  const token = formData.get("token");
  const invoiceId = formData.get("invoiceId");
  let url: string;
  try {
    const db = getDb();
    const inquiryId = await verifyArtistLink(db, token, { authSecret: env.AUTH_SECRET });
    const lead = inquiryId ? await db.inquiry.findUnique({ where: { id: inquiryId }, select: { erasedAt: true } }) : null;
    if (!inquiryId || !lead || lead.erasedAt || typeof token !== "string") throw new ExpectedError("artist-link-invalid");
    const returnUrl = `${env.APP_URL}/your-inquiry/${encodeURIComponent(token)}`;
    ({ url } = await openCheckoutForInvoice(db, { invoiceId: typeof invoiceId === "string" ? invoiceId : "", leadId: inquiryId, returnUrl }, { stripe: stripeAccount(), studioName: env.STUDIO_NAME }));
  } catch (error) {
    if (error instanceof ExpectedError) return { status: "refused", message: error.message };
    console.error("[your-inquiry] opening a card payment failed", error);
    return { status: "error", message: "Sorry, something went wrong on our side. Please try again in a moment, or pay by bank transfer." };
  }
  redirect(url);
}
