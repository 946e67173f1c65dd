import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { listPendingMigrations } from "./list-pending-migrations";

const require = createRequire(import.meta.url);

/** Applies pending migrations from prisma/migrations (`prisma migrate deploy`), if there are any. */
export async function migrateDatabase(databaseUrl: string): Promise<{ applied: string[] }> {
  const pending = await listPendingMigrations(databaseUrl);
  if (pending.length === 0) return { applied: [] };
  await runPrisma(["migrate", "deploy"], databaseUrl);
  // Trust the database, not the exit code: the CLI must have recorded every migration.
  const stillPending = await listPendingMigrations(databaseUrl);
  if (stillPending.length > 0) throw new Error(`prisma migrate deploy left migrations unapplied: ${stillPending.join(", ")}`);
  return { applied: pending };
}

/** Runs the Prisma CLI against the given database and resolves with its standard output. */
export function runPrisma(args: string[], databaseUrl: string): Promise<string> {
  const cli = require.resolve("prisma/build/index.js");
  const exitPromptly = require.resolve("../../scripts/lib/prisma-cli-exit-promptly.cjs");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", exitPromptly, cli, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`prisma ${args.join(" ")} failed (exit ${code}):\n${stderr || stdout}`));
    });
  });
}
