// What owners type at /admin/settings/billing, checked on the server by the lib/billing functions.
// Every message names the field in the owner's words, since it is shown to them as it is.
import { z } from "zod";
import { parseMoney } from "../money/parse-money";
import { settingsText } from "../validation/settings-text";
import { parseTaxRate } from "./tax-rate";

/** A whole number from a form's string (or a number), within min and max, with one message for anything else. */
function wholeNumber(min: number, max: number, message: string) {
  return z.preprocess(
    (value) => (typeof value === "string" && /^\s*-?\d{1,6}\s*$/.test(value) ? Number(value) : value),
    z.number({ error: message }).int(message).min(min, message).max(max, message),
  );
}

const depositPercentMessage = "Give the deposit as a whole percentage from 1 to 100.";
const depositFixedMessage = "Enter the fixed deposit as an amount such as 100 or 100.50, more than 0 (at most 1,000,000).";

/** The deposit rule, with only the figure it uses: the other one keeps what is stored. */
export const depositRuleSchema = z.discriminatedUnion(
  "depositRule",
  [
    z.object({ depositRule: z.literal("NONE") }),
    z.object({ depositRule: z.literal("PERCENT"), depositPercent: wholeNumber(1, 100, depositPercentMessage) }),
    z.object({
      depositRule: z.literal("FIXED"),
      depositFixed: z.string({ error: depositFixedMessage }).transform((value, ctx) => {
        const cents = parseMoney(value);
        if (cents !== null && cents > 0) return cents;
        ctx.addIssue({ code: "custom", message: depositFixedMessage });
        return z.NEVER;
      }),
    }),
  ],
  { error: "Choose the deposit: none, a percentage or a fixed amount." },
).transform((input) => {
  if (input.depositRule === "PERCENT") return { depositRule: input.depositRule, depositPercent: input.depositPercent };
  if (input.depositRule === "FIXED") return { depositRule: input.depositRule, depositFixedMinor: input.depositFixed };
  return { depositRule: input.depositRule };
});

/** The longest terms a version may have (the column's length). */
export const MAX_TERMS_CHARACTERS = 20_000;

export const termsSchema = z.object({
  body: settingsText({ label: "The text of the terms", max: MAX_TERMS_CHARACTERS, missing: "Write the terms before publishing them.", multiline: true }),
});

const taxRateMessage = "Give the tax rate as a percentage from 0 to 100 with at most two decimals, such as 20 or 5.5.";

export const taxSettingsSchema = z
  .object({
    taxRate: z.string({ error: taxRateMessage }).transform((value, ctx) => {
      const basisPoints = parseTaxRate(value);
      if (basisPoints !== null) return basisPoints;
      ctx.addIssue({ code: "custom", message: taxRateMessage });
      return z.NEVER;
    }),
    taxInclusive: z.enum(["included", "added"], { error: "Say whether prices include the tax or have it added on top." }),
    taxLabel: settingsText({ label: "The tax's name", max: 20, missing: "Name the tax as invoices show it, such as VAT." }),
    taxNumber: settingsText({ label: "The registration number", max: 40 }),
  })
  .transform(({ taxRate, taxInclusive, ...rest }) => ({ taxRateBasisPoints: taxRate, taxInclusive: taxInclusive === "included", ...rest }));

const PREFIX = /^[A-Za-z0-9/-]{1,12}$/;

const prefix = (which: string, example: string) =>
  z
    .string({ error: `Give the ${which} prefix.` })
    .trim()
    .refine((value) => PREFIX.test(value), `Give the ${which} prefix as 1 to 12 letters, digits, - or /, such as ${example}.`);

/** Whether invoice and credit-note numbers from these prefixes could ever be the same ("X" + 0001 and "X" + 10001 can). */
function prefixesCollide(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.startsWith(shorter) && /^\d*$/.test(longer.slice(shorter.length));
}

export const invoiceDetailsSchema = z
  .object({
    legalName: settingsText({ label: "The legal name", max: 200, missing: "Give the studio's legal name, as invoices show it." }),
    address: settingsText({ label: "The address", max: 500, missing: "Give the studio's address, as invoices show it.", multiline: true }),
    invoicePrefix: prefix("invoice", "INV-"),
    creditNotePrefix: prefix("credit-note", "CN-"),
    bankInstructions: settingsText({ label: "The bank-transfer instructions", max: 1000, multiline: true }),
    paymentTermsDays: wholeNumber(0, 365, "Give the payment terms as a whole number of days from 0 to 365."),
  })
  .refine(({ invoicePrefix, creditNotePrefix }) => !prefixesCollide(invoicePrefix, creditNotePrefix), {
    path: ["creditNotePrefix"],
    message: "Give credit notes a prefix of their own: not the invoice prefix, nor it with digits added, so that no invoice and credit note share a number.",
  });

export const cardPaymentsSchema = z.object({ cardPayments: z.boolean({ error: "Say whether artists are offered card payment." }) });
