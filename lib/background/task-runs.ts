// The BackgroundTask table: claiming an exclusive task's turn, and recording every run's outcome.
import type { Database } from "../database/create-prisma-client";
import type { BackgroundTask } from "./background-task";

const DEFAULT_LEASE_MS = 5 * 60_000;

/**
 * Takes an exclusive task's turn when it is due and nobody holds it (or the holder's lease ran
 * out: it crashed), and moves its next turn on by its interval, in one statement, so of several
 * instances asking at once exactly one gets it.
 */
export async function claimTaskTurn(db: Database, task: BackgroundTask, workerId: string, now: Date): Promise<boolean> {
  const leaseUntil = new Date(now.getTime() + (task.leaseMs ?? DEFAULT_LEASE_MS));
  const nextRunAt = new Date(now.getTime() + task.everyMs);
  const claimed = await db.$executeRaw`
    INSERT INTO "BackgroundTask" ("name", "nextRunAt", "leaseOwner", "leaseUntil", "lastStartedAt")
    VALUES (${task.name}, ${nextRunAt}, ${workerId}, ${leaseUntil}, ${now})
    ON CONFLICT ("name") DO UPDATE
      SET "nextRunAt" = EXCLUDED."nextRunAt", "leaseOwner" = EXCLUDED."leaseOwner",
          "leaseUntil" = EXCLUDED."leaseUntil", "lastStartedAt" = EXCLUDED."lastStartedAt"
      WHERE "BackgroundTask"."nextRunAt" <= ${now}
        AND ("BackgroundTask"."leaseUntil" IS NULL OR "BackgroundTask"."leaseUntil" <= ${now})`;
  return claimed === 1;
}

export type RunOutcome = { startedAt: Date; finishedAt: Date } & ({ ok: true; outcome: string } | { ok: false; error: string });

/** Records how a run went, and frees an exclusive task's lease if this worker still holds it. */
export async function recordTaskRun(db: Database, task: BackgroundTask, workerId: string, run: RunOutcome): Promise<void> {
  const durationMs = Math.round(run.finishedAt.getTime() - run.startedAt.getTime());
  const outcome = run.ok ? run.outcome.slice(0, 200) : null;
  const error = run.ok ? null : run.error.slice(0, 2000);
  await db.$executeRaw`
    INSERT INTO "BackgroundTask" ("name", "lastStartedAt", "lastFinishedAt", "lastSucceededAt", "lastDurationMs",
      "lastOutcome", "lastError", "lastErrorAt", "runs", "failures")
    VALUES (${task.name}, ${run.startedAt}, ${run.finishedAt}, ${run.ok ? run.finishedAt : null}, ${durationMs},
      ${outcome}, ${error}, ${run.ok ? null : run.finishedAt}, 1, ${run.ok ? 0 : 1})
    ON CONFLICT ("name") DO UPDATE SET
      "lastStartedAt" = EXCLUDED."lastStartedAt",
      "lastFinishedAt" = EXCLUDED."lastFinishedAt",
      "lastSucceededAt" = COALESCE(EXCLUDED."lastSucceededAt", "BackgroundTask"."lastSucceededAt"),
      "lastDurationMs" = EXCLUDED."lastDurationMs",
      "lastOutcome" = COALESCE(EXCLUDED."lastOutcome", "BackgroundTask"."lastOutcome"),
      "lastError" = CASE WHEN ${run.ok} THEN "BackgroundTask"."lastError" ELSE EXCLUDED."lastError" END,
      "lastErrorAt" = CASE WHEN ${run.ok} THEN "BackgroundTask"."lastErrorAt" ELSE EXCLUDED."lastErrorAt" END,
      "runs" = "BackgroundTask"."runs" + 1,
      "failures" = "BackgroundTask"."failures" + EXCLUDED."failures",
      "leaseOwner" = CASE WHEN "BackgroundTask"."leaseOwner" = ${workerId} THEN NULL ELSE "BackgroundTask"."leaseOwner" END,
      "leaseUntil" = CASE WHEN "BackgroundTask"."leaseOwner" = ${workerId} THEN NULL ELSE "BackgroundTask"."leaseUntil" END`;
}
