import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import type { RunningDatabase } from "../../lib/database/embedded-postgres";

const require = createRequire(import.meta.url);

/**
 * Runs the Next.js CLI with the database URL in its environment, forwards Ctrl-C and SIGTERM to
 * it, and stops the embedded database once Next has exited.
 */
export function runNext(args: string[], database: RunningDatabase): Promise<never> {
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), ...args], {
    env: { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => child.kill(signal));
  }
  return new Promise((_, reject) => {
    child.on("error", reject);
    child.on("exit", async (code, signal) => {
      await database.stop().catch((error) => console.error("Stopping the embedded database failed:", error));
      process.exit(code ?? (signal ? 0 : 1));
    });
  });
}
