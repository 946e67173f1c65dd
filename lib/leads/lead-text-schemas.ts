// What staff write on a lead: internal notes and replies to the artist. Shared by the forms
// and the server; safe to import in client components.
import { z } from "zod";
import type { FieldErrors } from "../errors/expected-error";

// Tabs and line breaks are writing; other control characters are not, and PostgreSQL refuses NUL.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

function staffText(label: string, max: number, missing: string) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.normalize("NFC").replace(/\r\n?/g, "\n").trim() : value),
    z
      .string({ error: `${label} must be text` })
      .refine((value) => value.length > 0, missing)
      .refine((value) => !CONTROL_CHARACTERS.test(value), `${label} contains characters we cannot accept`)
      // Counted as PostgreSQL counts them (characters, not UTF-16 units), so the column always fits.
      .refine((value) => Array.from(value).length <= max, `${label} can be at most ${max.toLocaleString("en-GB")} characters`),
  );
}

export const leadNoteSchema = z.object({ body: staffText("The note", 5_000, "Write something in the note") });

export const leadReplySchema = z.object({ body: staffText("The reply", 10_000, "Write your reply") });

/** Field errors in the shape the forms share: `{ body: [messages] }`. */
export function leadFieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}
