import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";

// The pg pool under each client, for the few hot statements that skip Prisma (driverPoolOf).
const pools = new WeakMap<object, pg.Pool>();

/**
 * A Prisma client talking to PostgreSQL through the `pg` driver (no Rust query engine).
 * The app keeps one of these in lib/db.ts; scripts and tests make their own.
 */
export function createPrismaClient(databaseUrl: string, options: { poolSize?: number } = {}) {
  const pool = new pg.Pool({
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
  // The pool is made here rather than by the adapter so driverPoolOf can lend it; $disconnect
  // still ends it.
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

export type Database = ReturnType<typeof createPrismaClient>;

/**
 * The connections `db` itself uses, for a statement on the mail sender's hot path: Prisma turns
 * even a raw query and its parameters into a query plan in WebAssembly, which cost the sender
 * about a millisecond of CPU per statement (four with a batch of bodies), more than PostgreSQL
 * took to run it. Plain statements only: nothing here joins Prisma's transactions.
 */
export function driverPoolOf(db: Database): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error("This database client was not made by createPrismaClient");
  return pool;
}

/** driverPoolOf for a client; undefined for a transaction's, whose statements must stay in it. */
export function driverPoolOutsideTransaction(db: object): pg.Pool | undefined {
  return pools.get(db);
}
