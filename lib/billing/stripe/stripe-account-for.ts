// The studio's Stripe account as the app uses it: an SDK client and the webhook signing secret.
// Built from a validated environment (lib/env.ts in the app, parseEnv in `npm run worker`), so
// background tasks can have one without importing the server-only env module.
import Stripe from "stripe";
import type { Env } from "../../env/schema";

export type StripeAccount = { client: Stripe; webhookSecret: string };

type StripeEnv = Pick<Env, "STRIPE_SECRET_KEY" | "STRIPE_WEBHOOK_SECRET" | "STRIPE_API_BASE">;

/**
 * Null when card payments are not configured (both keys are needed; the schema refuses one
 * alone). With STRIPE_API_BASE (tests only) the client talks to that loopback stand-in instead of
 * api.stripe.com.
 */
export function stripeAccountFor(env: StripeEnv): StripeAccount | null {
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return null;
  const base = env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : null;
  const client = new Stripe(env.STRIPE_SECRET_KEY, {
    // An artist waits on the answer when opening a checkout: a failure should come back well
    // before a browser gives up. Retries reuse the request's idempotency key.
    timeout: 20_000,
    maxNetworkRetries: 2,
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === "https:" ? 443 : 80),
          protocol: base.protocol === "https:" ? ("https" as const) : ("http" as const),
        }
      : {}),
  });
  return { client, webhookSecret: env.STRIPE_WEBHOOK_SECRET };
}
