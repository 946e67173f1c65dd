// How Studio Desk adds up money. Every amount is an integer in the currency's minor units.
// The rounding rule, written down once: tax, a percentage deposit and a percentage refund are
// each computed once per document (never per line) from whole minor units, and a half unit
// rounds up, so 0.5p becomes 1p. The lines therefore always add up to the printed total, and the
// tax is the same however the lines are ordered.
import { z } from "zod";

/** One priced line of a proposal or invoice, as the studio prices it (see TaxRule.taxInclusive). */
export type MoneyLine = { description: string; amountMinor: number };

export const moneyLinesSchema = z.array(z.object({ description: z.string(), amountMinor: z.number().int() }));

export type TaxRule = {
  /** 2000 is 20 %. */
  taxRateBasisPoints: number;
  /** The prices include the tax (the total is the sum of the lines) or it is added on top. */
  taxInclusive: boolean;
};

export type Totals = { subtotalMinor: number; taxMinor: number; totalMinor: number };

/** numerator / denominator for non-negative integers, a half rounding up. */
export function divideRoundingHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** The tax contained in a gross amount at `rateBasisPoints`. */
export function taxInGross(grossMinor: number, rateBasisPoints: number): number {
  return rateBasisPoints === 0 ? 0 : divideRoundingHalfUp(grossMinor * rateBasisPoints, 10_000 + rateBasisPoints);
}

/** Net, tax and gross of `lines` under the studio's tax rule. */
export function totalsFor(lines: MoneyLine[], rule: TaxRule): Totals {
  const sum = lines.reduce((total, line) => total + line.amountMinor, 0);
  if (rule.taxInclusive) {
    const taxMinor = taxInGross(sum, rule.taxRateBasisPoints);
    return { subtotalMinor: sum - taxMinor, taxMinor, totalMinor: sum };
  }
  const taxMinor = divideRoundingHalfUp(sum * rule.taxRateBasisPoints, 10_000);
  return { subtotalMinor: sum, taxMinor, totalMinor: sum + taxMinor };
}

export type DepositRuleSettings = { depositRule: "NONE" | "PERCENT" | "FIXED"; depositPercent: number; depositFixedMinor: number };

/** The deposit due on a booking whose gross total is `totalMinor`: never more than the total. */
export function depositFor(totalMinor: number, rule: DepositRuleSettings): number {
  switch (rule.depositRule) {
    case "NONE":
      return 0;
    case "PERCENT":
      return divideRoundingHalfUp(totalMinor * rule.depositPercent, 100);
    case "FIXED":
      return Math.min(rule.depositFixedMinor, totalMinor);
  }
}
