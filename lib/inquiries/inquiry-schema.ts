// The one definition of a valid inquiry: the form validates with it in the browser, the server
// action and the JSON API validate with it on the server. It accepts both shapes of input (form
// fields are strings; JSON has numbers, arrays and booleans) and yields one normalised shape.
import { z } from "zod";
import { preferredSlotsField } from "./preferred-slots-schema";
import { sessionRequestField } from "../session-requests/session-request-schema";

export const ROLES_NEEDED = ["ENGINEER", "PRODUCER", "BOTH", "UNSURE"] as const;
export const PROJECT_TYPES = ["SINGLE", "EP", "ALBUM", "OTHER"] as const;
export const BUDGET_RANGES = ["UNDER_1K", "FROM_1K_TO_3K", "FROM_3K_TO_10K", "OVER_10K", "NOT_SURE"] as const;

export const MAX_REFERENCE_LINKS = 5;
export const MAX_GENRES = 5;

// Control characters (other than tab, line feed and carriage return in multi-line text) have
// no place in an inquiry and could smuggle line breaks into an email header.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;
const LINE_BREAK = /[\r\n]/;

const emptyToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

const normalise = (value: string) => value.normalize("NFC").trim();
const characterCount = (value: string) => Array.from(value).length;

/** One line of text: trimmed, inner runs of spaces collapsed, no line breaks. */
function singleLine(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .transform(normalise)
    .refine((value) => !LINE_BREAK.test(value) && !CONTROL_CHARACTERS.test(value), `${label} must be a single line of text`)
    .transform((value) => value.replace(/\s+/g, " "))
    .refine((value) => value.length <= max, `${label} must be at most ${max} characters`);
}

const requiredLine = (label: string, max: number, missing: string) =>
  z.preprocess(
    (value) => emptyToUndefined(value) ?? "",
    singleLine(label, max).refine((value) => value.length > 0, missing),
  );

const optionalLine = (label: string, max: number) => z.preprocess(emptyToUndefined, singleLine(label, max).optional());

/** A list given as an array (JSON) or as text separated by commas or line breaks (form). */
function listOf<T extends z.ZodType>(item: T, { max, separator, label }: { max: number; separator: RegExp; label: string }) {
  return z.preprocess(
    (value) => {
      if (value === undefined || value === null || value === "") return [];
      if (typeof value === "string") return value.split(separator).map((part) => part.trim()).filter(Boolean);
      return value;
    },
    z.array(item, { error: `${label} must be a list` }).max(max, `Add at most ${max} ${label.toLowerCase()}`),
  );
}

const httpLink = z
  .string({ error: "Each link must be text" })
  .transform(normalise)
  .refine((value) => value.length <= 500, "Each link must be at most 500 characters")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
    } catch {
      return false;
    }
  }, "Each link must be a full web address starting with http:// or https://");

const isoDate = (label: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string({ error: `${label} must be a date` })
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (YYYY-MM-DD)`)
      .refine((value) => {
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
      }, `${label} must be a real calendar date`)
      .refine((value) => value >= "2000-01-01" && value <= "2100-12-31", `${label} must be between 2000 and 2100`)
      .optional(),
  );

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(emptyToUndefined, z.enum(values, { error: message }).optional());

export const inquirySchema = z
  .object({
    roleNeeded: z.enum(ROLES_NEEDED, { error: "Choose what you need: an engineer, a producer, both, or not sure" }),
    name: requiredLine("Your name", 120, "Tell us your name"),
    email: z.preprocess(
      (value) => (typeof value === "string" ? value.trim().toLowerCase() : value),
      z.email({ error: "Enter an email address like name@example.com" }).max(254, "Email must be at most 254 characters"),
    ),
    phone: z.preprocess(
      emptyToUndefined,
      z
        .string({ error: "Phone must be text" })
        .transform(normalise)
        .refine((value) => /^\+?[0-9 ().-]{6,40}$/.test(value), "Enter a phone number using digits, spaces and + ( ) - only")
        .optional(),
    ),
    artistName: optionalLine("Artist or band name", 120),
    projectType: optionalEnum(PROJECT_TYPES, "Choose single, EP, album or other"),
    songCount: z.preprocess(
      (value) => {
        const blank = emptyToUndefined(value);
        return typeof blank === "string" && /^\s*\d+\s*$/.test(blank) ? Number(blank) : blank;
      },
      z
        .number({ error: "Number of songs must be a whole number" })
        .int("Number of songs must be a whole number")
        .min(1, "Number of songs must be at least 1")
        .max(100, "Number of songs must be at most 100")
        .optional(),
    ),
    genres: listOf(singleLine("Each genre", 40).refine((value) => value.length > 0, "Genres cannot be empty"), {
      max: MAX_GENRES,
      separator: /[,\n]/,
      label: "Genres",
    }),
    referenceLinks: listOf(httpLink, { max: MAX_REFERENCE_LINKS, separator: /\s*\n\s*|\s+/, label: "Links" }),
    budgetRange: optionalEnum(BUDGET_RANGES, "Choose a budget range"),
    targetStartOn: isoDate("Start date"),
    targetFinishOn: isoDate("Finish date"),
    message: z.preprocess(
      (value) => (typeof value === "string" ? value.normalize("NFC").replace(/\r\n?/g, "\n").trim() : value),
      z
        .string({ error: "Tell us about your project" })
        .refine((value) => !CONTROL_CHARACTERS.test(value), "Your message contains characters we cannot accept")
        // Counted in characters as people (and PostgreSQL) count them, not UTF-16 units.
        .refine((value) => characterCount(value) >= 20, "Tell us a little more about your project (at least 20 characters)")
        .refine((value) => characterCount(value) <= 5000, "Keep your message under 5,000 characters"),
    ),
    preferredSlots: preferredSlotsField,
    sessionRequest: sessionRequestField,
    consent: z.preprocess(
      (value) => value === true || value === "on" || value === "true",
      z.literal(true, { error: "Please agree to be contacted about your inquiry" }),
    ),
  })
  .refine((inquiry) => !inquiry.targetStartOn || !inquiry.targetFinishOn || inquiry.targetFinishOn >= inquiry.targetStartOn, {
    path: ["targetFinishOn"],
    message: "Finish date must be on or after the start date",
  });

export type Inquiry = z.output<typeof inquirySchema>;
export type InquiryField = keyof Inquiry;
export type FieldErrors = Partial<Record<InquiryField, string[]>>;

/** Field errors in the shape the API and the form share: `{ field: [messages] }`. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}
