import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { requireOwner } from "../studio/require-owner";
import { cardPaymentsSchema } from "./billing-settings-schemas";
import { parseBillingInput } from "./parse-billing-input";

/** Whether artists are offered card payment (owners only); it takes effect only while Stripe is configured. */
export async function setCardPayments(db: Database, actor: StaffMember, input: { cardPayments: unknown }) {
  requireOwner(actor);
  const data = parseBillingInput(cardPaymentsSchema, input);
  await db.billingSettings.update({ where: { id: 1 }, data });
  return data;
}
