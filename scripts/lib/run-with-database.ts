import { spawn } from "node:child_process";
import type { RunningDatabase } from "../../lib/database/embedded-postgres";

/**
 * Runs a long-lived child (the Next.js server) with DATABASE_URL set, forwards SIGINT and SIGTERM
 * to it, and stops the embedded database only once the child has exited, so requests still in
 * flight can finish against a live database and no server is left behind.
 */
export function runWithDatabase(
  command: string,
  args: string[],
  database: RunningDatabase,
  extraEnv: Record<string, string> = {},
): Promise<never> {
  const child = spawn(command, args, {
    env: { ...process.env, ...extraEnv, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    // embedded-postgres registers its own handlers (async-exit-hook) that stop the database and
    // exit at once, before the child has drained; the order is ours to keep.
    process.removeAllListeners(signal);
    process.on(signal, () => child.kill(signal));
  }
  process.once("exit", () => child.exitCode === null && child.kill("SIGTERM"));
  return new Promise((_, reject) => {
    child.on("error", reject);
    child.on("exit", async (code, signal) => {
      await database.stop().catch((error) => console.error("Stopping the embedded database failed:", error));
      process.exit(code ?? (signal ? 0 : 1));
    });
  });
}
