import { after } from "next/server";
import { requestOutboxDelivery } from "@/lib/background/web-process";
import { handleStripeWebhook } from "@/lib/billing/stripe/handle-stripe-webhook";
import { stripeAccount } from "@/lib/billing/stripe/stripe-account";
import { getDb } from "@/lib/db";
import { emailSettings } from "@/lib/inquiries/email-settings";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handleStripeWebhook(request, { db: getDb(), stripe: stripeAccount(), emailSettings: emailSettings(), afterCommit: () => after(requestOutboxDelivery) });
}
