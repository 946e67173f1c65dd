/**
 * The Stripe events the webhook handles (lib/billing/stripe/process-stripe-event.ts), to be
 * enabled on the endpoint in Stripe's dashboard. The refund events settle a refund Stripe did not
 * finish at once: charge.refunded lists the charge's refunds only on accounts with an API version
 * before 2022-11-15.
 */
export const STRIPE_WEBHOOK_EVENTS = ["checkout.session.completed", "payment_intent.succeeded", "charge.refunded", "refund.updated", "refund.failed"] as const;

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
