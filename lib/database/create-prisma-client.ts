import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

/**
 * A Prisma client talking to PostgreSQL through the `pg` driver (no Rust query engine).
 * The app keeps one of these in lib/db.ts; scripts and tests make their own.
 */
export function createPrismaClient(databaseUrl: string, options: { poolSize?: number } = {}) {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    // Fail fast when the server is unreachable instead of queueing requests behind it.
    connectionTimeoutMillis: 5_000,
    // The adapter reads timestamptz values as if the session were in UTC (prisma/orm#26786), so
    // the session is put in UTC whatever the server's own time zone; otherwise every date read
    // back (and every page cursor built from one) would be off by the zone's offset.
    options: "-c TimeZone=UTC",
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

export type Database = ReturnType<typeof createPrismaClient>;
