import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cloneTestDatabase, testDatabases } from "@/test/test-databases";
import { ensureDatabaseExists } from "./ensure-database-exists";
import { listPendingMigrations } from "./list-pending-migrations";
import { migrateDatabase, runPrisma } from "./migrate-database";
import { dropDatabase } from "@/test/drop-database";

describe("migrations", () => {
  it("are in step with prisma/schema.prisma (run `npm run db:migration` after a schema change)", async () => {
    const url = await cloneTestDatabase(testDatabases()[0].url);
    const sql = await runPrisma(
      ["migrate", "diff", "--from-schema-datamodel", "prisma/migrations/schema-at-last-migration.prisma", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      url,
    );
    expect(sql.trim()).toBe("-- This is an empty migration.");
    expect(readFileSync("prisma/migrations/schema-at-last-migration.prisma", "utf8")).toBe(readFileSync("prisma/schema.prisma", "utf8"));
  });
});

describe("listPendingMigrations", () => {
  it("lists every migration folder for an empty database and none once migrated", async () => {
    const [{ url: template }] = testDatabases();
    expect(await listPendingMigrations(await cloneTestDatabase(template))).toEqual([]);
    const empty = new URL(template);
    empty.pathname = `${empty.pathname}_empty`;
    await ensureDatabaseExists(empty.toString());
    try {
      const pending = await listPendingMigrations(empty.toString());
      expect(pending.length).toBeGreaterThan(0);
      expect(pending).toEqual(readdirSync("prisma/migrations", { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort());
      expect(await migrateDatabase(empty.toString())).toEqual({ applied: pending });
      expect(await listPendingMigrations(empty.toString())).toEqual([]);
    } finally {
      await dropDatabase(empty.toString());
    }
  });
});
