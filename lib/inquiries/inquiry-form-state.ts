import type { WhenView } from "../when/room-calendar";
import type { FieldErrors } from "./inquiry-schema";

/** What the inquiry form's server action answers when it does not redirect to the thanks page. */
export type InquiryFormState = {
  status: "idle" | "invalid" | "refused" | "error";
  message?: string;
  fieldErrors?: FieldErrors;
  /** What the artist typed, to fill the form again. */
  values?: Record<string, string>;
  /** The "when" step as the server left it, after a change made without JavaScript or a refusal. */
  when?: WhenView;
};

export const initialInquiryFormState: InquiryFormState = { status: "idle" };

/** The form's fields as plain strings; repeated fields (links) are joined by line breaks. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$")) continue;
    values[key] = key in values ? `${values[key]}\n${value}` : value;
  }
  return values;
}
