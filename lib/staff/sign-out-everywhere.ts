import type { Database } from "../database/create-prisma-client";

/** Ends every session of the account at once: tokens carrying the old version stop working. */
export async function signOutEverywhere(db: Database, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { tokenVersion: { increment: 1 } } });
}
