import type { Metadata } from "next";
import { panelClass } from "@/components/admin/styles";
import { BackgroundTasksTable } from "@/components/admin/system/background-tasks-table";
import { DeadLetters } from "@/components/admin/system/dead-letters";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { BACKGROUND_TASK_NAMES } from "@/lib/background/background-tasks";
import { getDb } from "@/lib/db";
import { loadStudioTimeZone } from "@/lib/studio/load-studio-time-zone";
import { loadSystemStatus } from "@/lib/system/load-system-status";
import { formatDuration, formatStudioDateTime } from "@/lib/time/format-studio-time";
import { retryDeadLetterAction } from "./actions";

export const metadata: Metadata = { title: "System" };

/** For owners: is mail flowing, and is the background work running? */
export default async function SystemPage() {
  await requireStaffPage("/admin/system", "OWNER");
  const db = getDb();
  const [status, timeZone] = await Promise.all([loadSystemStatus(db, { taskNames: [...BACKGROUND_TASK_NAMES] }), loadStudioTimeZone(db)]);
  const liveWorkers = status.workers.filter((worker) => !worker.presumedDead);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold tracking-tight">System</h1>
      <p role="status" className={`${panelClass} font-semibold`}>
        {liveWorkers.length === 0
          ? "No background worker has been seen in the last minute: email is not being sent. Start the app (npm start) or a worker (npm run worker)."
          : status.queue.waiting === 0
            ? `Mail is flowing: nothing is waiting. ${liveWorkers.length} ${liveWorkers.length === 1 ? "worker" : "workers"} running.`
            : `${status.queue.waiting} ${status.queue.waiting === 1 ? "email is" : "emails are"} waiting, the oldest for ${waited(status.oldestPendingAgeMs ?? 0)}. ${liveWorkers.length} ${liveWorkers.length === 1 ? "worker" : "workers"} running.`}
      </p>

      <section aria-labelledby="queue-heading" className={panelClass}>
        <h2 id="queue-heading" className="mb-3 text-lg font-semibold">Email queue</h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
          {[
            ["Waiting", status.queue.waiting],
            ["Scheduled", status.queue.scheduled],
            ["Sent", status.queue.SENT],
            ["Given up", status.queue.DEAD],
            ["Withdrawn", status.queue.WITHDRAWN],
          ].map(([label, count]) => (
            <div key={label}>
              <dt className="text-sm text-stone-700 dark:text-stone-300">{label}</dt>
              <dd className="text-2xl font-semibold">{count}</dd>
            </div>
          ))}
          <div>
            <dt className="text-sm text-stone-700 dark:text-stone-300">Oldest waiting</dt>
            <dd className="text-2xl font-semibold">{status.oldestPendingAgeMs === null ? "—" : waited(status.oldestPendingAgeMs)}</dd>
          </div>
        </dl>
      </section>

      <DeadLetters messages={status.deadLetters} timeZone={timeZone} retryAction={retryDeadLetterAction} />

      <BackgroundTasksTable tasks={status.tasks} timeZone={timeZone} />

      <section aria-labelledby="workers-heading" className={panelClass}>
        <h2 id="workers-heading" className="mb-3 text-lg font-semibold">Workers seen in the last minute</h2>
        {status.workers.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="space-y-1">
            {status.workers.map((worker) => (
              <li key={worker.id}>
                <span className="font-mono text-sm">{worker.id}</span> ({worker.role === "web" ? "web process" : "worker process"}), last seen{" "}
                {formatStudioDateTime(worker.lastSeenAt, timeZone)}
                {worker.presumedDead ? ": not answering, its email is being handed to the others" : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

const waited = (ms: number) => (ms < 60_000 ? "under a minute" : formatDuration(ms));
