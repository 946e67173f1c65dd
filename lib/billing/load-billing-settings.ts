import type { Database } from "../database/create-prisma-client";
import type { Transaction } from "../database/transaction";
import type { BillingSettings, TermsVersion } from "../generated/prisma/client";
import type { PolicyTier } from "./refund-for-cancellation";

export type BillingSettingsSnapshot = {
  settings: BillingSettings;
  /** The cancellation policy, most notice first. */
  tiers: PolicyTier[];
  /** The latest terms, or null before an owner has published any. */
  terms: TermsVersion | null;
};

/** The studio's billing settings, cancellation policy and current terms (the migration creates the settings row). */
export async function loadBillingSettings(db: Database | Transaction): Promise<BillingSettingsSnapshot> {
  const [settings, tiers, terms] = await Promise.all([
    db.billingSettings.findUniqueOrThrow({ where: { id: 1 } }),
    db.cancellationTier.findMany({ orderBy: { minNoticeHours: "desc" }, select: { minNoticeHours: true, refundPercent: true } }),
    db.termsVersion.findFirst({ orderBy: { version: "desc" } }),
  ]);
  return { settings, tiers, terms };
}
