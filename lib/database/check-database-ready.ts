import pg from "pg";

export const READINESS_APPLICATION_NAME = "studio-desk readiness";

export type Readiness = { ready: true } | { ready: false; reason: "timeout" | "unreachable" };

/**
 * Runs a trivial query on a connection of its own and waits at most `timeoutMs`. A hung server
 * counts as not ready, so a load balancer takes this instance out of rotation; the probe never
 * borrows from the app's pool, so repeated probes against a hung server cannot starve it.
 */
export async function checkDatabaseReady(
  databaseUrl: string,
  { timeoutMs, onError = () => {} }: { timeoutMs: number; onError?: (error: unknown) => void },
): Promise<Readiness> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    // Named, so the probe's connections can be told apart in pg_stat_activity.
    application_name: READINESS_APPLICATION_NAME,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  client.on("error", onError); // a connection dropped after the answer must not crash the process
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: "timeout" }), timeoutMs);
  });
  const probe = (async (): Promise<Readiness> => {
    try {
      await client.connect();
      await client.query("SELECT 1");
      return { ready: true };
    } catch (error) {
      onError(error);
      return { ready: false, reason: "unreachable" };
    }
  })();
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
    client.end().catch(() => {});
  }
}
