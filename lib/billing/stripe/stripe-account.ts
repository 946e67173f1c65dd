import "server-only";
import { env } from "../../env";
import { stripeAccountFor, type StripeAccount } from "./stripe-account-for";

// One client per process, cached on globalThis because the dev server re-evaluates modules.
const cache = globalThis as { studioDeskStripe?: StripeAccount | null };

/** This deployment's Stripe account, or null when STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are unset. */
export function stripeAccount(): StripeAccount | null {
  if (cache.studioDeskStripe === undefined) cache.studioDeskStripe = stripeAccountFor(env);
  return cache.studioDeskStripe;
}
