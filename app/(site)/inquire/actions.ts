"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { clientIpFrom } from "@/lib/inquiries/client-ip";
import { createInquiry } from "@/lib/inquiries/create-inquiry";
import { InquiryValidationError, RateLimitedError, IdempotencyConflictError } from "@/lib/inquiries/errors";
import { getInquiryContext } from "@/lib/inquiries/inquiry-context";
import { formValues, type InquiryFormState } from "@/lib/inquiries/inquiry-form-state";
import { requestOutboxDelivery } from "@/lib/outbox/outbox-worker";

const GENERIC_FAILURE =
  "Sorry, something went wrong on our side and your inquiry was not sent. Please try again in a moment, or email us.";

/** The inquiry form's server action: the same createInquiry as the JSON API, answered as form state. */
export async function submitInquiry(_previous: InquiryFormState, formData: FormData): Promise<InquiryFormState> {
  const values = formValues(formData);
  const { website: honeypot, formToken, idempotencyKey, ...input } = values;
  const requestHeaders = await headers();
  let reference: string;
  try {
    const created = await createInquiry(
      {
        input,
        idempotencyKey: idempotencyKey ? `form:${idempotencyKey.slice(0, 100)}` : undefined,
        clientIp: clientIpFrom(requestHeaders),
        formSignals: { honeypot, formToken },
      },
      await getInquiryContext(),
    );
    if (!created.replayed && !created.isSpam) after(requestOutboxDelivery);
    reference = created.reference;
  } catch (error) {
    if (error instanceof InquiryValidationError) {
      return { status: "invalid", message: error.message, fieldErrors: error.fieldErrors, values };
    }
    if (error instanceof RateLimitedError || error instanceof IdempotencyConflictError) {
      return { status: "refused", message: error.message, values };
    }
    console.error("[inquire] submitting the form failed", { ip: clientIpFrom(requestHeaders), error });
    return { status: "error", message: GENERIC_FAILURE, values };
  }
  // Outside the try: redirect() works by throwing.
  redirect(`/inquire/thanks?ref=${encodeURIComponent(reference)}`);
}
