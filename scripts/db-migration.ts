// `npm run db:migration -- --name <what-changed>`: writes the next migration from the difference
// between prisma/schema.prisma and the schema as of the last migration, then applies it.
// `prisma migrate dev` is avoided on purpose: its shadow-database handling is unreliable with
// the driver adapter that Prisma 6.19's offline schema engine needs (see CONTRIBUTING.md).
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { migrateDatabase, runPrisma } from "../lib/database/migrate-database";
import { openDatabase } from "../lib/database/open-database";
import { runScript, UsageError } from "./lib/run-script";

const SCHEMA = "prisma/schema.prisma";
const SNAPSHOT = "prisma/migrations/schema-at-last-migration.prisma";

runScript(async (env) => {
  const { values } = parseArgs({ options: { name: { type: "string" } } });
  const name = values.name ?? "";
  if (!/^[a-z0-9_]{1,60}$/.test(name)) {
    throw new UsageError("Give the migration a name of lowercase letters, digits and _: --name add_rooms");
  }

  const database = await openDatabase(env, console.log);
  try {
    const sql = await runPrisma(
      ["migrate", "diff", "--from-schema-datamodel", SNAPSHOT, "--to-schema-datamodel", SCHEMA, "--script"],
      database.url,
    );
    if (/^-- This is an empty migration\.\s*$/.test(sql.trim())) {
      console.log("prisma/schema.prisma has not changed since the last migration; nothing to write.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join("prisma/migrations", `${stamp}_${name}`);
    mkdirSync(folder);
    writeFileSync(path.join(folder, "migration.sql"), sql);
    try {
      await migrateDatabase(database.url);
    } catch (error) {
      rmSync(folder, { recursive: true, force: true }); // leave nothing half-written behind
      throw error;
    }
    copyFileSync(SCHEMA, SNAPSHOT);
    console.log(`Wrote and applied ${folder}/migration.sql. Review it, then commit it with the schema.`);
  } finally {
    await database.stop();
  }
});
