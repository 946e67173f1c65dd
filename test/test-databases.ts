// The PostgreSQL servers the integration tests run against: always the embedded one, plus the
// server at 127.0.0.1:5432 when it answers, so that two server versions are covered.
//
// Global set-up migrates one template database per server; nobody connects to it. Each test
// file clones its own database from it, so files running in parallel never see each other's
// rows (an outbox sender in one file would otherwise deliver another file's mail).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
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

/** A new database copied from the template in `templateUrl` (dropped with the run). */
export async function cloneTestDatabase(templateUrl: string): Promise<string> {
  const template = decodeURIComponent(new URL(templateUrl).pathname.slice(1));
  const clone = `${template}_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: maintenanceUrl(templateUrl) });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(clone)} TEMPLATE ${client.escapeIdentifier(template)}`);
  } finally {
    await client.end();
  }
  const url = new URL(templateUrl);
  url.pathname = `/${clone}`;
  return url.toString();
}
