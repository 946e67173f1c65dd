// Card payments in tests: a lead whose held session waits on a deposit invoice, a Stripe account
// pointed at the loopback stand-in (test/support/stripe-stand-in.ts, not Stripe), and webhook
// requests signed with the SDK's own test-header helper.
import Stripe from "stripe";
import { issueInvoice } from "@/lib/billing/issue-invoice";
import { stripeAccountFor, type StripeAccount } from "@/lib/billing/stripe/stripe-account-for";
import type { Database } from "@/lib/database/create-prisma-client";
import { createRoom, insertSession } from "./booking-fixtures";
import { createLead } from "./lead-fixtures";

const DAY_MS = 86_400_000;
export const TEST_WEBHOOK_SECRET = "whsec_standintestsecret0123456789";

/** A lead with one session on hold (ten days ahead, held for three) and its deposit invoice, issued now. */
export async function heldSessionWithDeposit(db: Database, { amountMinor = 15_000, now = new Date() }: { amountMinor?: number; now?: Date } = {}) {
  const [room, lead] = await Promise.all([createRoom(db), createLead(db)]);
  const startsAt = new Date(now.getTime() + 10 * DAY_MS);
  const booking = await insertSession(db, { inquiryId: lead.id, roomId: room.id, startsAt, endsAt: new Date(startsAt.getTime() + 4 * 3_600_000), status: "HOLD", holdExpiresAt: new Date(now.getTime() + 3 * DAY_MS) });
  const invoice = await db.$transaction((tx) => issueInvoice(tx, { kind: "DEPOSIT", leadId: lead.id, groupId: booking.groupId, lines: [{ description: "Deposit", amountMinor }], actorId: null, now }));
  return { lead, room, booking, invoice };
}

/** The account the app would build from STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET and STRIPE_API_BASE. */
export function standInAccount(standIn: { url: string; secretKey: string }): StripeAccount {
  return stripeAccountFor({ STRIPE_SECRET_KEY: standIn.secretKey, STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET, STRIPE_API_BASE: standIn.url })!;
}

/** A webhook delivery as Stripe makes it: the event's JSON, signed (at `timestamp`, seconds) with the webhook secret. */
export function signedWebhookRequest(event: object, { secret = TEST_WEBHOOK_SECRET, timestamp }: { secret?: string; timestamp?: number } = {}): Request {
  const payload = JSON.stringify(event);
  const signature = new Stripe("sk_test_signing_only").webhooks.generateTestHeaderString({ payload, secret, ...(timestamp ? { timestamp } : {}) });
  return new Request("https://studio.test/api/webhooks/stripe", { method: "POST", body: payload, headers: { "content-type": "application/json", "stripe-signature": signature } });
}

/** An event envelope as Stripe sends it (API version and all), around `object`. */
export function stripeEvent(type: string, object: Record<string, unknown>, id = `evt_${crypto.randomUUID().replaceAll("-", "")}`) {
  return { id, object: "event", api_version: "2026-10-28.endive", created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type, data: { object } };
}
