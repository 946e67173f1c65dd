import { z } from "zod";
import type { FieldErrors } from "../errors/expected-error";

/** Field errors of a booking form, keyed by the form's field names (the dates list as "dates"). */
export function bookingFieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    const messages = (errors[field] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return errors;
}
