import type { Transaction } from "../database/transaction";

/**
 * Locks the billing settings' one row until the transaction ends, so that changes which read
 * before they write (the next terms version, replacing the policy's tiers) take turns.
 */
export async function lockBillingSettings(tx: Transaction): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "BillingSettings" WHERE "id" = 1 FOR UPDATE`;
}
