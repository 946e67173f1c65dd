// Readiness: the database answers within a short timeout; 503 with a reason otherwise.
import { checkDatabaseReady } from "@/lib/database/check-database-ready";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 2_000;
const noStore = { "Cache-Control": "no-store" };

export async function GET() {
  const readiness = env.DATABASE_URL
    ? await checkDatabaseReady(env.DATABASE_URL, {
        timeoutMs: TIMEOUT_MS,
        onError: (error) => console.error("[ready] database check failed:", error),
      })
    : ({ ready: false, reason: "unreachable" } as const);
  if (readiness.ready) return Response.json({ status: "ready" }, { headers: noStore });
  const reason =
    readiness.reason === "timeout" ? `database did not answer within ${TIMEOUT_MS} ms` : "database unreachable";
  return Response.json({ status: "unavailable", reason }, { status: 503, headers: noStore });
}
