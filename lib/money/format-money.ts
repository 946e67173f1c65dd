/** An amount in minor units (cents, pence) as the studio's visitors read it, e.g. "£1,250.00". */
export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(cents / 100);
}
