import type { z } from "zod";
import { fieldErrorsOf } from "../auth/form-fields";
import { ExpectedError } from "../errors/expected-error";

/** The checked input; otherwise throws a "billing-invalid" ExpectedError carrying every field's message. */
export function parseBillingInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ExpectedError("billing-invalid", { fieldErrors: fieldErrorsOf(parsed.error) });
  return parsed.data;
}
