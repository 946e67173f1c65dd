import type { Database } from "../database/create-prisma-client";
import { PRESUMED_DEAD_AFTER_MS } from "../background/worker-presence";

/**
 * Hands back the messages claimed by workers that have stopped being seen (killed, crashed,
 * lost their network), so another worker sends them within seconds instead of waiting for the
 * claim's lease to run out. A message that the dead worker had already handed to the mail
 * server, but not yet marked sent, is sent again: the one duplicate SMTP cannot rule out, with the
 * same Message-ID. Answers how many were released.
 */
export async function releaseClaimsOfGoneWorkers(db: Database, now: Date): Promise<number> {
  // Both sides by the database's clock (heartbeats and claims are written with it), so clocks
  // that differ between machines cannot make a live worker look dead; and only claims older than
  // the silence that counts as death, so a worker that has just started is never robbed.
  const silence = `${PRESUMED_DEAD_AFTER_MS / 1000} seconds`;
  return db.$executeRaw`
    UPDATE "OutboxMessage" m SET "claimedBy" = NULL, "nextAttemptAt" = ${now}, "updatedAt" = now()
    WHERE m."status" = 'PENDING' AND m."claimedBy" IS NOT NULL
      AND m."updatedAt" < now() - ${silence}::interval
      AND NOT EXISTS (SELECT 1 FROM "BackgroundWorker" w WHERE w."id" = m."claimedBy" AND w."lastSeenAt" >= now() - ${silence}::interval)`;
}

/** A worker stopping cleanly hands back whatever it still holds, to be sent at once by another. */
export async function releaseEmailClaimsOf(db: Database, workerId: string, now: Date): Promise<number> {
  return db.$executeRaw`
    UPDATE "OutboxMessage" SET "claimedBy" = NULL, "nextAttemptAt" = ${now}, "updatedAt" = ${now}
    WHERE "status" = 'PENDING' AND "claimedBy" = ${workerId}`;
}
