/** The Stripe events the webhook handles, to be enabled on the endpoint in Stripe's dashboard. */
export const STRIPE_WEBHOOK_EVENTS = ["checkout.session.completed", "payment_intent.succeeded", "charge.refunded"] as const;

export type StripeSetup = { configured: boolean; webhookUrl: string; events: readonly string[] };

/**
 * What an owner needs to set Stripe up, without the secrets: whether both keys are set, the
 * webhook URL to register and the events to enable on it.
 */
export function describeStripeSetup(env: { APP_URL: string; STRIPE_SECRET_KEY?: string; STRIPE_WEBHOOK_SECRET?: string }): StripeSetup {
  return {
    configured: Boolean(env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET),
    webhookUrl: `${env.APP_URL}/api/webhooks/stripe`,
    events: STRIPE_WEBHOOK_EVENTS,
  };
}
