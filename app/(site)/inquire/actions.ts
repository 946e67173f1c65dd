"use server";

import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { isFormData, UNREADABLE_FORM } from "@/lib/auth/form-fields";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { ExpectedError, isExpectedError } from "@/lib/errors/expected-error";
import { clientIpFrom } from "@/lib/security/client-ip";
import { createInquiry, type CreatedInquiry } from "@/lib/inquiries/create-inquiry";
import { getInquiryContext } from "@/lib/inquiries/inquiry-context";
import { formValues, type InquiryFormState } from "@/lib/inquiries/inquiry-form-state";
import { requestOutboxDelivery } from "@/lib/background/web-process";
import { buildWhenView } from "@/lib/when/build-when-view";
import { changeWhen } from "@/lib/when/change-when";
import { picksToSessionRequest } from "@/lib/when/picks-to-session-request";
import { parseWhenSelection } from "@/lib/when/when-selection";

const GENERIC_FAILURE =
  "Sorry, something went wrong on our side and your inquiry was not sent. Please try again in a moment, or email us.";

/** The fields of the "when" step: read as a selection, never sent to createInquiry as they are. */
const WHEN_FIELDS = ["when", "room", "kind", "month", "day", "pick", "skip", "hourlyStart", "hourlyHours"];

/**
 * The inquiry form's server action: the same createInquiry as the JSON API, answered as form
 * state. A button of the "when" step (`when`) changes the step instead and sends nothing: that is
 * how the step works without JavaScript, with everything typed coming back in the answer.
 */
export async function submitInquiry(_previous: InquiryFormState, formData: FormData): Promise<InquiryFormState> {
  if (!isFormData(formData)) return { status: "invalid", message: UNREADABLE_FORM, fieldErrors: {} };
  const values = formValues(formData);
  const now = new Date();
  const db = getDb();
  // The form's text fields only, as the "when" step reads them.
  const params = new URLSearchParams(Object.entries(values).flatMap(([name, value]) => value.split("\n").map((line) => [name, line])));
  const op = params.get("when");
  if (typeof op === "string" && op) {
    try {
      return { status: "idle", values, when: await changeWhen(db, params, op, now) };
    } catch (error) {
      console.error("[inquire] changing the when step failed", { op, error });
      return { status: "error", message: GENERIC_FAILURE, values };
    }
  }

  const { website: honeypot, formToken, idempotencyKey, ...rest } = values;
  const input: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([name]) => !WHEN_FIELDS.includes(name)));
  const requestHeaders = await headers();
  const clientIp = clientIpFrom(requestHeaders, env.TRUST_PROXY_HOPS);
  const { selection, notices } = parseWhenSelection(params);
  let created: CreatedInquiry;
  try {
    const when = await buildWhenView(db, { selection, notices, now });
    // The room the artist chose, not the one the view fell back to when it is gone.
    const { sessionRequest, problems } = picksToSessionRequest({ ...when.selection, room: selection.room ?? when.selection.room }, when.calendar);
    // Refused before anything is stored, with the other fields' errors as well.
    if (problems.length > 0) return { status: "invalid", message: "Some fields need attention.", fieldErrors: { sessionRequest: problems }, values, when: { ...when, focus: undefined } };
    const context = await getInquiryContext();
    const submit = (key: string | undefined) =>
      createInquiry({ input: { ...input, sessionRequest }, idempotencyKey: key, clientIp, formSignals: { honeypot, formToken, idempotencyKey } }, context);
    const key = idempotencyKey ? `form:${idempotencyKey.slice(0, 100)}` : undefined;
    // A changed inquiry sent again from the same page (after the back button, say) is a new
    // inquiry, not a conflict the artist could do anything about.
    try {
      created = await submit(key).catch((error) => {
        if (isExpectedError(error, "idempotency-key-reused")) return submit(`${key}:${randomUUID()}`);
        throw error;
      });
    } catch (error) {
      if (error instanceof ExpectedError && error.kind === "invalid") {
        return { status: "invalid", message: error.message, fieldErrors: error.fieldErrors, values, when };
      }
      if (error instanceof ExpectedError && error.kind === "rate-limited") return { status: "refused", message: error.message, values, when };
      throw error;
    }
    if (!created.replayed && !created.isSpam) after(requestOutboxDelivery);
  } catch (error) {
    console.error("[inquire] submitting the form failed", { ip: clientIp, error });
    return { status: "error", message: GENERIC_FAILURE, values };
  }
  // Outside the try: redirect() works by throwing.
  redirect(thanksHref(created));
}

/** The thanks page says what became of the time asked for, from its address alone. */
function thanksHref({ reference, sessionRequest }: CreatedInquiry): string {
  const query = new URLSearchParams({ ref: reference });
  if (sessionRequest) query.set("time", sessionRequest.status.toLowerCase());
  if (sessionRequest?.holdExpiresAt) query.set("until", sessionRequest.holdExpiresAt.toISOString());
  return `/inquire/thanks?${query}`;
}
