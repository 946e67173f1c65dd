import { describe, expect, it } from "vitest";
import { describeStripeSetup } from "./describe-stripe-setup";

describe("describeStripeSetup", () => {
  it("is configured with both secrets, and gives the webhook URL and events without them", () => {
    const setup = describeStripeSetup({ APP_URL: "https://studio.test", STRIPE_SECRET_KEY: "sk_test_abc", STRIPE_WEBHOOK_SECRET: "whsec_abc" });
    expect(setup).toEqual({ configured: true, webhookUrl: "https://studio.test/api/webhooks/stripe", events: ["checkout.session.completed", "payment_intent.succeeded", "charge.refunded", "refund.updated", "refund.failed"] });
    expect(JSON.stringify(setup)).not.toMatch(/sk_test|whsec_/);
    expect(describeStripeSetup({ APP_URL: "http://localhost:3000" }).configured).toBe(false);
    expect(describeStripeSetup({ APP_URL: "http://localhost:3000", STRIPE_SECRET_KEY: "sk_test_abc" }).configured).toBe(false);
  });
});
