import { createHash } from "node:crypto";
import type { Database } from "../database/create-prisma-client";

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one attempt against `key` in the current fixed window and says whether it is within
 * `limit`. The counter lives in PostgreSQL (one atomic upsert), so all app instances share it.
 */
export async function consumeRateLimit(
  db: Database,
  { key, limit, windowSeconds, now = new Date() }: { key: string; limit: number; windowSeconds: number; now?: Date },
): Promise<RateLimitVerdict> {
  const windowMs = windowSeconds * 1000;
  // Keys can hold user input of any length (an email address); the column holds a fixed-size hash.
  const bucket = createHash("sha256").update(key).digest("hex");
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [{ count }] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${bucket}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`;
  if (count <= limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000) };
}

/** Removes counters of windows that ended more than a day ago. */
export async function pruneRateLimitCounters(db: Database, now = new Date()): Promise<number> {
  const { count } = await db.rateLimitCounter.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 86_400_000) } } });
  return count;
}
