// Rates are typed by people as money ("45", "45.50", "1,250") and stored in minor units, so a
// quote adds up whole cents and never meets a binary fraction. Parsing the digits as text (not
// Number(x) * 100) is what keeps "0.29" from becoming 28.999… cents.

/** The largest amount a rate may be: far above any studio's rate, well inside a 32-bit column. */
export const MAX_MONEY_CENTS = 100_000_000;

const MONEY_PATTERN = /^(?:[£€$]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * Cents from an amount as typed: digits with at most two decimals, optionally a currency sign
 * and thousands commas. Null for anything else, negative amounts and amounts over
 * MAX_MONEY_CENTS.
 */
export function parseMoney(value: string): number | null {
  const match = MONEY_PATTERN.exec(value.trim());
  if (!match) return null;
  const units = Number(match[1].replaceAll(",", ""));
  const cents = units * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(cents) && cents <= MAX_MONEY_CENTS ? cents : null;
}
