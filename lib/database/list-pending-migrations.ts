import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const UNDEFINED_TABLE = "42P01";

/**
 * Migration folders not yet applied to the database, read straight from Prisma's
 * `_prisma_migrations` table. Starting the Prisma CLI costs seconds, so start-up only runs
 * `migrate deploy` when this list is not empty.
 */
export async function listPendingMigrations(databaseUrl: string): Promise<string[]> {
  const folders = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return folders.filter((name) => !applied.has(name)).sort();
  } catch (error) {
    if ((error as { code?: string }).code === UNDEFINED_TABLE) return folders.sort();
    throw error;
  } finally {
    await client.end();
  }
}
