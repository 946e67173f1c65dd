import type { z } from "zod";
import { fieldErrorsOf } from "../auth/form-fields";
import { StudioSetupError } from "./errors";

/** The checked input, or a StudioSetupError carrying every field's message. */
export function parseStudioInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new StudioSetupError("Some fields need attention.", fieldErrorsOf(parsed.error));
  return parsed.data;
}
