// The owners' billing settings. The e2e database is shared with the other specs (some send
// proposals and issue invoices from these settings), so this spec puts the deposit rule and the
// cancellation policy back as it found them. Terms versions stay: they are never deleted, and
// this spec's versions say what they are.
import { expect, test, type Page } from "@playwright/test";
import { takeBillingSettingsTurn } from "./support/billing-settings-turn";
import { expectNoAxeViolations } from "./support/pages";
import { newStaff, projectDatabase, signInWithPassword, uniqueClientIp } from "./support/staff";

test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
test.setTimeout(90_000);

let releaseSettings: (() => Promise<void>) | undefined;
test.afterEach(async () => {
  await releaseSettings?.();
  releaseSettings = undefined;
});

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test("an owner sets a percentage deposit, a cancellation policy and publishes terms", async ({ page }) => {
  const db = await projectDatabase();
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const owner = await newStaff("OWNER");
  releaseSettings = await takeBillingSettingsTurn();
  const settingsBefore = await db.billingSettings.findUniqueOrThrow({ where: { id: 1 }, select: { depositRule: true, depositPercent: true, depositFixedMinor: true, forfeitAsCredit: true } });
  const tiersBefore = await db.cancellationTier.findMany({ select: { minNoticeHours: true, refundPercent: true } });

  await signInWithPassword(page, owner.email, undefined, "/admin/settings");
  await page.getByRole("navigation", { name: "Settings pages" }).getByRole("link", { name: "Billing", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/settings\/billing$/);
  await expect(page.getByRole("heading", { level: 1, name: "Billing settings" })).toBeVisible();
  for (const heading of ["Deposit", "Cancellation policy", "Terms", "Tax", "Invoice details", "Card payments"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  }
  // The webhook to register is shown; the secrets never are.
  const card = section(page, "Card payments");
  await expect(card).toContainText("/api/webhooks/stripe");
  for (const event of ["checkout.session.completed", "payment_intent.succeeded", "charge.refunded", "refund.updated", "refund.failed"]) await expect(card).toContainText(event);
  expect(await page.content()).not.toMatch(/sk_(test|live)_|whsec_/);
  await expectNoAxeViolations(page);

  try {
    // Deposit: a percentage out of range is named, then 25 % is saved.
    const deposit = section(page, "Deposit");
    await deposit.getByLabel("A percentage of the booking's total").check();
    await deposit.getByLabel("Percentage (%)").fill("0");
    await deposit.getByRole("button", { name: "Save the deposit" }).click();
    await expect(deposit.getByRole("link", { name: "Give the deposit as a whole percentage from 1 to 100." })).toBeVisible();
    await deposit.getByLabel("Percentage (%)").fill("25");
    await deposit.getByRole("button", { name: "Save the deposit" }).click();
    await expect(deposit.getByText("Deposit saved.")).toBeVisible();
    expect(await db.billingSettings.findUniqueOrThrow({ where: { id: 1 }, select: { depositRule: true, depositPercent: true } })).toEqual({ depositRule: "PERCENT", depositPercent: 25 });

    // Cancellation policy: two tiers at the same notice, then more notice refunding less, are
    // refused and announced; nothing is stored until the policy is right.
    const policy = section(page, "Cancellation policy");
    const tier = (n: number) => policy.getByRole("group", { name: `Tier ${n}`, exact: true });
    const fillTier = async (n: number, notice: string, unit: "hours" | "days", refund: string) => {
      await tier(n).getByLabel("At least").fill(notice);
      await tier(n).getByLabel("Hours or days").selectOption(unit);
      await tier(n).getByLabel("Refund (%)").fill(refund);
    };
    for (let n = 3; n <= 6; n += 1) await fillTier(n, "", "days", "");
    await fillTier(1, "2", "days", "60");
    await fillTier(2, "48", "hours", "50");
    await policy.getByRole("button", { name: "Save the policy" }).click();
    await expect(policy.getByRole("link", { name: "Two tiers both start at 48 hours' notice: give each a different notice." })).toBeVisible();
    await expectNoAxeViolations(page);

    await fillTier(1, "7", "days", "30");
    await policy.getByRole("button", { name: "Save the policy" }).click();
    await expect(policy.getByRole("link", { name: "A tier with more notice must refund at least as much as one with less: 7 days refunds 30 % but 48 hours refunds 50 %." })).toBeVisible();
    expect(await db.cancellationTier.findMany({ select: { minNoticeHours: true, refundPercent: true }, orderBy: { minNoticeHours: "desc" } })).toEqual(
      [...tiersBefore].sort((a, b) => b.minNoticeHours - a.minNoticeHours),
    );

    await fillTier(1, "14", "days", "100");
    await fillTier(3, "24", "hours", "25");
    await policy.getByLabel("Keep what is not refunded as the artist's credit").check();
    await policy.getByRole("button", { name: "Save the policy" }).click();
    await expect(policy.getByText("Cancellation policy saved.")).toBeVisible();
    await expect(policy).toContainText(
      "Cancel at least 14 days before your first session: full refund. At least 48 hours before: 50 % back. At least 24 hours before: 25 % back. Later than that: no refund. What is not refunded stays with us as credit towards a later booking.",
    );
    expect(await db.cancellationTier.findMany({ select: { minNoticeHours: true, refundPercent: true }, orderBy: { minNoticeHours: "desc" } })).toEqual([
      { minNoticeHours: 336, refundPercent: 100 },
      { minNoticeHours: 48, refundPercent: 50 },
      { minNoticeHours: 24, refundPercent: 25 },
    ]);

    // Terms: each publish is the next version, listed with its author; the same text again is refused.
    const terms = section(page, "Terms");
    const latest = (await db.termsVersion.findFirst({ orderBy: { version: "desc" }, select: { version: true } }))?.version ?? 0;
    await terms.getByLabel("Text of the terms").fill(`E2E terms ${unique}\n\n1. Sessions start on time.`);
    await terms.getByRole("button", { name: `Publish as version ${latest + 1}` }).click();
    await expect(terms.getByText(`Version ${latest + 1} of the terms published.`)).toBeVisible();
    await expect(terms.getByRole("row", { name: new RegExp(`Version ${latest + 1}\\b`) })).toContainText(owner.name!);
    await terms.getByRole("button", { name: `Publish as version ${latest + 2}` }).click();
    await expect(terms.getByRole("link", { name: `These are already the terms of version ${latest + 1}.` })).toBeVisible();
    await terms.getByLabel("Text of the terms").fill(`E2E terms ${unique}\n\n1. Sessions start on time.\n2. Mixes are delivered within a week.`);
    await terms.getByRole("button", { name: `Publish as version ${latest + 2}` }).click();
    await expect(terms.getByText(`Version ${latest + 2} of the terms published.`)).toBeVisible();
    await expect(terms.getByRole("row", { name: new RegExp(`Version ${latest + 2}\\b`) })).toBeVisible();
    await expect(terms.getByRole("row", { name: new RegExp(`Version ${latest + 1}\\b`) })).toBeVisible();
    expect(await db.termsVersion.findUniqueOrThrow({ where: { version: latest + 2 }, select: { createdById: true } })).toEqual({ createdById: owner.id });
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(section(page, "Deposit").getByLabel("A percentage of the booking's total")).toBeChecked();
    await expect(section(page, "Deposit").getByLabel("Percentage (%)")).toHaveValue("25");
    await expect(tier(3).getByLabel("At least")).toHaveValue("24");
    await expect(tier(3).getByLabel("Hours or days")).toHaveValue("hours");
    await expect(section(page, "Terms").getByLabel("Text of the terms")).toHaveValue(/Mixes are delivered within a week\./);
  } finally {
    await db.$transaction([
      db.billingSettings.update({ where: { id: 1 }, data: settingsBefore }),
      db.cancellationTier.deleteMany({}),
      db.cancellationTier.createMany({ data: tiersBefore }),
    ]);
  }
});

test("staff do not see the billing settings", async ({ page }) => {
  const staff = await newStaff("STAFF");
  await signInWithPassword(page, staff.email, undefined, "/admin");
  const response = await page.goto("/admin/settings/billing");
  expect(response?.status()).toBe(404);
});
