import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Applies pending migrations from prisma/migrations (`prisma migrate deploy`). */
export function migrateDatabase(databaseUrl: string): Promise<void> {
  return runPrisma(["migrate", "deploy"], databaseUrl).then(() => undefined);
}

/** Runs the Prisma CLI against the given database and resolves with its standard output. */
export function runPrisma(args: string[], databaseUrl: string): Promise<string> {
  const cli = require.resolve("prisma/build/index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
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
