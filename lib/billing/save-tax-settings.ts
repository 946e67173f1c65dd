import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { requireOwner } from "../studio/require-owner";
import { taxSettingsSchema } from "./billing-settings-schemas";
import { parseBillingInput } from "./parse-billing-input";

export type TaxSettingsInput = { taxRate: unknown; taxInclusive: unknown; taxLabel: unknown; taxNumber: unknown };

/**
 * Sets the tax the studio charges (owners only): its rate (a percentage with up to two decimals,
 * stored in basis points), whether prices include it or have it added, its name and the
 * studio's registration number. Documents already issued keep the tax they were issued with.
 */
export async function saveTaxSettings(db: Database, actor: StaffMember, input: TaxSettingsInput) {
  requireOwner(actor);
  const data = parseBillingInput(taxSettingsSchema, input);
  await db.billingSettings.update({ where: { id: 1 }, data });
  return data;
}
