// The BackgroundWorker table: each process running background work says it is alive every few
// seconds. The System page reads it ("is any worker running?"), and a worker not seen for a while
// is taken for dead, so the email it had claimed is handed to the others.
import { hostname } from "node:os";
import type { Database } from "../database/create-prisma-client";

export const HEARTBEAT_MS = 5_000;
/** A worker silent this long is gone: its claims are released (lib/outbox/release-email-claims.ts). */
export const PRESUMED_DEAD_AFTER_MS = 20_000;

export type WorkerIdentity = { id: string; role: "web" | "worker"; startedAt: Date };

/** Written with the database's clock, which the release of a silent worker's claims also reads. */
export async function reportWorkerAlive(db: Database, worker: WorkerIdentity): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "BackgroundWorker" ("id", "role", "host", "pid", "startedAt", "lastSeenAt")
    VALUES (${worker.id}, ${worker.role}, ${hostname().slice(0, 255)}, ${process.pid}, ${worker.startedAt}, now())
    ON CONFLICT ("id") DO UPDATE SET "lastSeenAt" = now()`;
}

/** A clean stop: the worker is gone at once rather than after PRESUMED_DEAD_AFTER_MS. */
export async function forgetWorker(db: Database, workerId: string): Promise<void> {
  await db.backgroundWorker.deleteMany({ where: { id: workerId } });
}

/** Workers last seen long ago are removed; their rows would only clutter the System page. */
export async function pruneGoneWorkers(db: Database, now: Date): Promise<number> {
  const { count } = await db.backgroundWorker.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - 86_400_000) } } });
  return count;
}
