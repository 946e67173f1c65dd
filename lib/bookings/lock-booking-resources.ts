import type { Transaction } from "../database/transaction";

/**
 * Queues booking writes that involve the same room or person, until the transaction ends.
 * The exclusion constraints alone are the guarantee against double booking, but two clashing
 * inserts at the same instant can each wait for the other's uncommitted row, and PostgreSQL only
 * breaks that deadlock after a second. Taking these locks first (in one sorted order, so the locks
 * themselves cannot deadlock) lets the second writer find the first's committed row straight away.
 * A hash collision between two keys only makes unrelated bookings wait their turn.
 */
export async function lockBookingResources(tx: Transaction, { roomIds, userIds }: { roomIds: string[]; userIds: string[] }): Promise<void> {
  const keys = [...roomIds.map((id) => `booking:room:${id}`), ...userIds.map((id) => `booking:person:${id}`)];
  await tx.$executeRaw`
    SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT DISTINCT hashtextextended(key, 0) AS k FROM unnest(${keys}::text[]) AS key ORDER BY 1) AS sorted`;
}
