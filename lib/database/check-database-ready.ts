import type { Database } from "./create-prisma-client";

export type Readiness = { ready: true } | { ready: false; reason: "timeout" | "unreachable" };

/**
 * Runs a trivial query and waits at most `timeoutMs` for it. A hung server counts as not ready,
 * so a load balancer can take this instance out of rotation instead of queueing requests on it.
 */
export async function checkDatabaseReady(
  db: Database,
  { timeoutMs, onError = () => {} }: { timeoutMs: number; onError?: (error: unknown) => void },
): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: "timeout" }), timeoutMs);
  });
  const query = db.$queryRaw`SELECT 1`.then(
    (): Readiness => ({ ready: true }),
    (error): Readiness => {
      onError(error);
      return { ready: false, reason: "unreachable" };
    },
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
