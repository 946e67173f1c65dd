import type { Database } from "../database/create-prisma-client";
import type { OutboxStatus } from "../generated/prisma/client";
import { PRESUMED_DEAD_AFTER_MS } from "../background/worker-presence";

const DEAD_LETTERS_SHOWN = 25;
const WORKER_SEEN_WITHIN_MS = 60_000;

export type SystemStatus = Awaited<ReturnType<typeof loadSystemStatus>>;

/**
 * What the owner's System page shows, read in one go: is mail flowing (queue depth by state, the
 * oldest message still waiting (scheduled ones are counted apart: they are not late), the ones given up on), how each background task last ran, and
 * which workers have been seen in the last minute.
 */
export async function loadSystemStatus(db: Database, { taskNames, now = new Date() }: { taskNames: string[]; now?: Date }) {
  // A message queued for later (a reminder) is not late; one due or being retried is waiting.
  const scheduled = { status: "PENDING" as const, attempts: 0, nextAttemptAt: { gt: now } };
  const waiting = { status: "PENDING" as const, OR: [{ attempts: { gt: 0 } }, { nextAttemptAt: { lte: now } }] };
  const [byStatus, scheduledCount, oldestPending, dead, tasks, workers] = await Promise.all([
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
    db.outboxMessage.count({ where: scheduled }),
    db.outboxMessage.findFirst({ where: waiting, orderBy: { dueAt: "asc" }, select: { dueAt: true } }),
    db.outboxMessage.findMany({
      where: { status: "DEAD" },
      orderBy: { updatedAt: "desc" },
      take: DEAD_LETTERS_SHOWN,
      select: { id: true, kind: true, inquiryId: true, subject: true, attempts: true, lastError: true, updatedAt: true, inquiry: { select: { reference: true } } },
    }),
    db.backgroundTask.findMany(),
    db.backgroundWorker.findMany({ where: { lastSeenAt: { gte: new Date(now.getTime() - WORKER_SEEN_WITHIN_MS) } }, orderBy: { startedAt: "asc" } }),
  ]);
  const counts = Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])) as Partial<Record<OutboxStatus, number>>;
  const known = new Map(tasks.map((task) => [task.name, task]));
  return {
    queue: { waiting: (counts.PENDING ?? 0) - scheduledCount, scheduled: scheduledCount, SENT: counts.SENT ?? 0, DEAD: counts.DEAD ?? 0, WITHDRAWN: counts.WITHDRAWN ?? 0 },
    oldestPendingAgeMs: oldestPending ? now.getTime() - oldestPending.dueAt.getTime() : null,
    deadLetters: dead,
    // Every task the code defines, in its order, whether or not it has run yet.
    tasks: taskNames.map((name) => ({ name, ...(known.get(name) ?? null) })),
    workers: workers.map((worker) => ({ ...worker, presumedDead: now.getTime() - worker.lastSeenAt.getTime() > PRESUMED_DEAD_AFTER_MS })),
    now,
  };
}
