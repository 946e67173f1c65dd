/**
 * An amount in minor units as a plain decimal in major units, for files other programs read:
 * 125000 → "1250.00", -550 → "-5.50". No currency sign or thousands separator; the currency goes
 * in a column of its own. Like formatMoney, it assumes two decimals.
 */
export function decimalAmount(minor: number): string {
  const sign = minor < 0 ? "-" : "";
  const units = Math.abs(minor);
  return `${sign}${Math.floor(units / 100)}.${String(units % 100).padStart(2, "0")}`;
}
