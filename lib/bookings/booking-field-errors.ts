import { z } from "zod";
import type { BookingFieldErrors } from "./errors";

/** Field errors of a booking form, keyed by the form's field names (the dates list as "dates"). */
export function bookingFieldErrorsOf(error: z.ZodError): BookingFieldErrors {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (errors[field] ??= []).includes(issue.message) || errors[field].push(issue.message);
  }
  return errors;
}
