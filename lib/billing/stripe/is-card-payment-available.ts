import type { Database } from "../../database/create-prisma-client";
import type { Transaction } from "../../database/transaction";
import type { StripeAccount } from "./stripe-account-for";

/**
 * Whether artists are offered card payment: Stripe is configured (both keys; pass
 * `stripeAccount()`) and the studio has not turned card payments off in its billing settings.
 */
export async function isCardPaymentAvailable(db: Database | Transaction, account: StripeAccount | null): Promise<boolean> {
  if (!account) return false;
  const settings = await db.billingSettings.findUnique({ where: { id: 1 }, select: { cardPayments: true } });
  return settings?.cardPayments ?? false;
}
