import type { Env } from "../env/schema";
import { ensureDatabaseExists } from "./ensure-database-exists";
import { startEmbeddedDatabase, type RunningDatabase } from "./embedded-postgres";

/** The configured server when DATABASE_URL is set; otherwise the embedded one, started if needed. */
export async function openDatabase(env: Env, log: (line: string) => void): Promise<RunningDatabase> {
  if (env.DATABASE_URL) {
    await ensureDatabaseExists(env.DATABASE_URL);
    return { url: env.DATABASE_URL, ownedByThisProcess: false, stop: async () => {} };
  }
  return startEmbeddedDatabase({ dataDir: env.EMBEDDED_DATABASE_DIR, port: env.EMBEDDED_DATABASE_PORT, log });
}
