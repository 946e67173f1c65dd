// The artist's "Pay by card" action as the page calls it: the link's token is checked again, and
// a good one leads on to the session's page. Stripe is the loopback stand-in
// (test/support/stripe-stand-in.ts), reached through the environment exactly as the app reads it.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { artistPortalUrl } from "@/lib/artist-portal/artist-portal-url";
import { createPrismaClient, type Database } from "@/lib/database/create-prisma-client";
import { heldSessionWithDeposit, TEST_WEBHOOK_SECRET } from "@/test/support/card-payment-fixtures";
import { StripeStandIn } from "@/test/support/stripe-stand-in";
import { cloneTestDatabase, testDatabases } from "@/test/test-databases";

const AUTH_SECRET = "pay-by-card-test-secret-0123456789abcdef";
const standIn = new StripeStandIn();
let db: Database;
let payByCardAction: typeof import("./actions").payByCardAction;

// lib/env.ts reads the environment once, when first imported: set it, then import the action.
// One server is enough: what is under test is the action's checks, not the database.
beforeAll(async () => {
  const url = await cloneTestDatabase(testDatabases()[0]!.url);
  db = createPrismaClient(url, { poolSize: 2 });
  await standIn.start();
  for (const [name, value] of Object.entries({ DATABASE_URL: url, AUTH_SECRET, APP_URL: "https://studio.test", STUDIO_NAME: "Harbour Studio", STRIPE_SECRET_KEY: standIn.secretKey, STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET, STRIPE_API_BASE: standIn.url })) vi.stubEnv(name, value);
  ({ payByCardAction } = await import("./actions"));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await standIn.stop();
  await db.$disconnect();
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

it("redirects to the checkout page for a good link, with the way back to the artist's page", async () => {
  const { lead, invoice } = await heldSessionWithDeposit(db, { amountMinor: 8_000 });
  const link = await artistPortalUrl(db, { inquiryId: lead.id, appUrl: "https://studio.test", authSecret: AUTH_SECRET });
  const token = link.split("/").at(-1)!;
  const redirected = await payByCardAction({ status: "idle" }, form({ token, invoiceId: invoice.id })).then(
    () => null,
    (error: { digest?: string }) => error.digest ?? null,
  );
  const [session] = [...standIn.sessions.values()];
  expect(redirected).toContain(`${session!.url}`);
  expect(session).toMatchObject({ amount_total: 8_000, success_url: `${link}?payment=done`, metadata: { invoiceId: invoice.id } });
});

it("refuses a forged or foreign link, and another lead's invoice, without asking Stripe", async () => {
  const mine = await heldSessionWithDeposit(db);
  const theirs = await heldSessionWithDeposit(db);
  const token = (await artistPortalUrl(db, { inquiryId: mine.lead.id, appUrl: "https://studio.test", authSecret: AUTH_SECRET })).split("/").at(-1)!;
  const foreign = (await artistPortalUrl(db, { inquiryId: mine.lead.id, appUrl: "https://studio.test", authSecret: "another-deployments-secret-0123456789ab" })).split("/").at(-1)!;
  const before = standIn.requests.length;
  await expect(payByCardAction({ status: "idle" }, form({ token: `${token}x`, invoiceId: mine.invoice.id }))).resolves.toMatchObject({ status: "refused", message: expect.stringContaining("This link is not valid any more") });
  await expect(payByCardAction({ status: "idle" }, form({ token: foreign, invoiceId: mine.invoice.id }))).resolves.toMatchObject({ status: "refused", message: expect.stringContaining("This link is not valid any more") });
  await expect(payByCardAction({ status: "idle" }, form({ token, invoiceId: theirs.invoice.id }))).resolves.toMatchObject({ status: "refused", message: "This invoice does not exist, or is not this lead's." });
  await expect(payByCardAction({ status: "idle" }, "not a form" as unknown as FormData)).resolves.toMatchObject({ status: "refused" });
  expect(standIn.requests.length).toBe(before);
});
