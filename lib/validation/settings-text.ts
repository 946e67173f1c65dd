import { z } from "zod";

// Line breaks are allowed only where the field is free writing; PostgreSQL refuses NUL anyway.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAKS = /[\n\t]/;

/**
 * A text field of the owners' settings, as typed: trimmed, line endings as "\n", NFC. `missing`
 * makes it required; `max` is counted as PostgreSQL counts (characters, not UTF-16 units), so the
 * column always fits. Every message names the field by `label`.
 */
export function settingsText({ label, max, missing, multiline = false }: { label: string; max: number; missing?: string; multiline?: boolean }) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.normalize("NFC").replace(/\r\n?/g, "\n").trim() : value),
    z
      .string({ error: `${label} must be text.` })
      .refine((value) => !missing || value.length > 0, missing)
      .refine((value) => !CONTROL_CHARACTERS.test(value) && (multiline || !LINE_BREAKS.test(value)), `${label} contains characters we cannot accept.`)
      .refine((value) => Array.from(value).length <= max, `${label} can be at most ${max.toLocaleString("en-GB")} characters.`),
  );
}
