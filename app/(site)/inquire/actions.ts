"use server";

import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { isFormData, UNREADABLE_FORM } from "@/lib/auth/form-fields";
import { env } from "@/lib/env";
import { ExpectedError, isExpectedError } from "@/lib/errors/expected-error";
import { clientIpFrom } from "@/lib/security/client-ip";
import { createInquiry } from "@/lib/inquiries/create-inquiry";
import { getInquiryContext } from "@/lib/inquiries/inquiry-context";
import { formValues, type InquiryFormState } from "@/lib/inquiries/inquiry-form-state";
import { requestOutboxDelivery } from "@/lib/background/web-process";

const GENERIC_FAILURE =
  "Sorry, something went wrong on our side and your inquiry was not sent. Please try again in a moment, or email us.";

/** The inquiry form's server action: the same createInquiry as the JSON API, answered as form state. */
export async function submitInquiry(_previous: InquiryFormState, formData: FormData): Promise<InquiryFormState> {
  if (!isFormData(formData)) return { status: "invalid", message: UNREADABLE_FORM, fieldErrors: {} };
  const values = formValues(formData);
  const { website: honeypot, formToken, idempotencyKey, ...input } = values;
  const requestHeaders = await headers();
  const clientIp = clientIpFrom(requestHeaders, env.TRUST_PROXY_HOPS);
  let reference: string;
  try {
    const context = await getInquiryContext();
    const submit = (key: string | undefined) =>
      createInquiry({ input, idempotencyKey: key, clientIp, formSignals: { honeypot, formToken, idempotencyKey } }, context);
    const key = idempotencyKey ? `form:${idempotencyKey.slice(0, 100)}` : undefined;
    // A changed inquiry sent again from the same page (after the back button, say) is a new
    // inquiry, not a conflict the artist could do anything about.
    const created = await submit(key).catch((error) => {
      if (isExpectedError(error, "idempotency-key-reused")) return submit(`${key}:${randomUUID()}`);
      throw error;
    });
    if (!created.replayed && !created.isSpam) after(requestOutboxDelivery);
    reference = created.reference;
  } catch (error) {
    if (error instanceof ExpectedError && error.kind === "invalid") {
      return { status: "invalid", message: error.message, fieldErrors: error.fieldErrors, values };
    }
    if (error instanceof ExpectedError && error.kind === "rate-limited") {
      return { status: "refused", message: error.message, values };
    }
    console.error("[inquire] submitting the form failed", { ip: clientIp, error });
    return { status: "error", message: GENERIC_FAILURE, values };
  }
  // Outside the try: redirect() works by throwing.
  redirect(`/inquire/thanks?ref=${encodeURIComponent(reference)}`);
}
