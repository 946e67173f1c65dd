// A tax rate as owners type it ("20", "5.5", "7,25 %") and as it is stored: basis points, so that
// 5.5 % is the integer 550 and never a binary fraction. Parsed as text, like money.

const RATE = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/;

/** Basis points from a percentage with at most two decimals, from 0 to 100; null for anything else. */
export function parseTaxRate(value: string): number | null {
  const match = RATE.exec(value.trim());
  if (!match) return null;
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return basisPoints <= 10_000 ? basisPoints : null;
}

/** Basis points as a form shows them and owners read them: 2000 → "20", 550 → "5.5", 525 → "5.25". */
export function formatTaxRate(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const hundredths = basisPoints % 100;
  return hundredths === 0 ? String(whole) : `${whole}.${String(hundredths).padStart(2, "0").replace(/0$/, "")}`;
}
