// The PostgreSQL servers the integration tests run against: always the embedded one, plus the
// server at 127.0.0.1:5432 when it answers, so that two server versions are covered.
//
// Global set-up migrates one template database per server; nobody connects to it. Each test
// file clones its own database from it, so files running in parallel never see each other's
// rows (an outbox sender in one file would otherwise deliver another file's mail).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { createPrismaClient, type Database } from "@/lib/database/create-prisma-client";
import { maintenanceUrl } from "@/lib/database/ensure-database-exists";

export type TestDatabase = { name: string; url: string };

declare module "vitest" {
  export interface ProvidedContext {
    databases: TestDatabase[];
  }
}

/** The migrated template database on each server; clone it before use. */
export function testDatabases(): TestDatabase[] {
  return inject("databases");
}

/** What a block of `describeEachDatabase` gets: its own clone of one server's template. */
export type TestDatabaseContext = {
  /** A client for the clone; it connects at its first query, once the clone exists. */
  db: Database;
  /** The clone's URL, for a second client on the same database. */
  url: string;
  /** The server's template, for a test that needs a fresh clone of its own. */
  template: string;
};

/**
 * Declares the block "<title> on <server>" once per test server, each with its own clone of the
 * template and a client for it with `poolSize` connections. The clone is created in a beforeAll
 * that runs before the block's own, and the client disconnected after the block's own afterAll.
 */
export function describeEachDatabase(title: string, { poolSize }: { poolSize: number }, body: (database: TestDatabaseContext) => void): void {
  for (const { name, url: template } of testDatabases()) {
    describe(`${title} on ${name}`, () => {
      const url = cloneUrl(template);
      const db = createPrismaClient(url, { poolSize });
      beforeAll(() => createClone(template, url));
      afterAll(() => db.$disconnect());
      body({ db, url, template });
    });
  }
}

/** A new database copied from the template in `templateUrl` (dropped with the run). */
export async function cloneTestDatabase(templateUrl: string): Promise<string> {
  const url = cloneUrl(templateUrl);
  await createClone(templateUrl, url);
  return url;
}

function cloneUrl(templateUrl: string): string {
  const url = new URL(templateUrl);
  url.pathname = `/${databaseName(templateUrl)}_${randomBytes(4).toString("hex")}`;
  return url.toString();
}

async function createClone(templateUrl: string, clone: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl(templateUrl) });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(databaseName(clone))} TEMPLATE ${client.escapeIdentifier(databaseName(templateUrl))}`);
  } finally {
    await client.end();
  }
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}
