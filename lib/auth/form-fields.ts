import type { z } from "zod";

/** One field of a submitted form as a string ("" when absent), for the domain to check. */
export function formField(formData: FormData, name: string): string {
  return String(formData.get(name) ?? "");
}

/** Plain string fields of a submitted form, for a zod schema to check. */
export function formFields(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, formField(formData, name)]));
}

/** A zod error as the admin forms' field errors. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[] | undefined> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return fieldErrors;
}

/** What an action answers when it is called with something other than its form. */
export const UNREADABLE_FORM = "This form could not be read. Reload the page and try again.";

/** Server actions can be called with any arguments: this tells a real submitted form apart. */
export function isFormData(value: unknown): value is FormData {
  return value instanceof FormData;
}
