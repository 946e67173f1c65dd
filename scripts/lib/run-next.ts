import { createRequire } from "node:module";
import type { RunningDatabase } from "../../lib/database/embedded-postgres";
import { runWithDatabase } from "./run-with-database";

const require = createRequire(import.meta.url);

/** `next <args>` on the given database; see runWithDatabase for signals and shutdown. */
export function runNext(args: string[], database: RunningDatabase): Promise<never> {
  return runWithDatabase(process.execPath, [require.resolve("next/dist/bin/next"), ...args], database);
}
