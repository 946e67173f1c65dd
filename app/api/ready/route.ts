// Readiness: the database answers within a short timeout; 503 with a reason otherwise.
import { checkDatabaseReady } from "@/lib/database/check-database-ready";
import { shareRecentResult } from "@/lib/database/share-recent-result";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 2_000;
/** Anyone may call this: however many do, the database sees at most one probe a second. */
const REUSE_MS = 1_000;
const noStore = { "Cache-Control": "no-store" };

const probeDatabase = shareRecentResult(
  async () =>
    env.DATABASE_URL
      ? checkDatabaseReady(env.DATABASE_URL, {
          timeoutMs: TIMEOUT_MS,
          onError: (error) => console.error("[ready] database check failed:", error),
        })
      : ({ ready: false, reason: "unreachable" } as const),
  { reuseMs: REUSE_MS },
);

export async function GET() {
  const readiness = await probeDatabase();
  if (readiness.ready) return Response.json({ status: "ready" }, { headers: noStore });
  const reason =
    readiness.reason === "timeout" ? `database did not answer within ${TIMEOUT_MS} ms` : "database unreachable";
  return Response.json({ status: "unavailable", reason }, { status: 503, headers: noStore });
}
