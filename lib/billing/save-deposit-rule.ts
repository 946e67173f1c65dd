import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { requireOwner } from "../studio/require-owner";
import { depositRuleSchema } from "./billing-settings-schemas";
import { parseBillingInput } from "./parse-billing-input";

export type DepositRuleInput = { depositRule: unknown; depositPercent?: unknown; depositFixed?: unknown };

/**
 * Sets how a booking's deposit is worked out (owners only): none, a percentage of its total or a
 * fixed amount (the whole total when that is less). Only the chosen rule's figure is read and
 * stored. Proposals already sent keep the deposit they named.
 */
export async function saveDepositRule(db: Database, actor: StaffMember, input: DepositRuleInput) {
  requireOwner(actor);
  const data = parseBillingInput(depositRuleSchema, input);
  await db.billingSettings.update({ where: { id: 1 }, data });
  return data;
}
