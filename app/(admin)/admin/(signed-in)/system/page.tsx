import type { Metadata } from "next";
import Link from "next/link";
import { AdminForm } from "@/components/admin/admin-form";
import { linkClass, panelClass, secondaryButtonClass } from "@/components/admin/styles";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { BACKGROUND_TASK_NAMES } from "@/lib/background/background-tasks";
import { getDb } from "@/lib/db";
import { emailKindLabel } from "@/lib/outbox/email-kinds";
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
  const cell = "py-2 pr-4 align-top";
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold tracking-tight">System</h1>
      <p role="status" className={`${panelClass} font-semibold`}>
        {liveWorkers.length === 0
          ? "No background worker has been seen in the last minute: email is not being sent. Start the app (npm start) or a worker (npm run worker)."
          : status.queue.PENDING === 0
            ? `Mail is flowing: nothing is waiting. ${liveWorkers.length} ${liveWorkers.length === 1 ? "worker" : "workers"} running.`
            : `${status.queue.PENDING} ${status.queue.PENDING === 1 ? "email is" : "emails are"} waiting, the oldest for ${formatDuration(status.oldestPendingAgeMs ?? 0)}. ${liveWorkers.length} ${liveWorkers.length === 1 ? "worker" : "workers"} running.`}
      </p>

      <section aria-labelledby="queue-heading" className={panelClass}>
        <h2 id="queue-heading" className="mb-3 text-lg font-semibold">Email queue</h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-5">
          {[
            ["Waiting", status.queue.PENDING],
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
            <dd className="text-2xl font-semibold">{status.oldestPendingAgeMs === null ? "—" : formatDuration(status.oldestPendingAgeMs)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="dead-heading" className={panelClass}>
        <h2 id="dead-heading" className="mb-3 text-lg font-semibold">Emails given up on</h2>
        {status.deadLetters.length === 0 ? (
          <p>None. Every email either went out or is still being tried.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <thead>
                <tr className="border-b border-stone-300 dark:border-stone-700">
                  <th scope="col" className={cell}>Email</th>
                  <th scope="col" className={cell}>Last error</th>
                  <th scope="col" className={cell}>Given up</th>
                  <th scope="col" className={cell}><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {status.deadLetters.map((message) => (
                  <tr key={message.id} className="border-b border-stone-200 dark:border-stone-800">
                    <td className={cell}>
                      {emailKindLabel(message.kind)}
                      {message.inquiryId ? (
                        <>
                          {" "}for <Link href={`/admin/leads/${message.inquiryId}`} className={linkClass}>{message.inquiry?.reference ?? "the lead"}</Link>
                        </>
                      ) : null}
                      <div className="text-sm text-stone-700 dark:text-stone-300">{message.subject} · {message.attempts} {message.attempts === 1 ? "attempt" : "attempts"}</div>
                    </td>
                    <td className={`${cell} max-w-md break-words text-sm`}>{message.lastError ?? "—"}</td>
                    <td className={cell}>{formatStudioDateTime(message.updatedAt, timeZone)}</td>
                    <td className={cell}>
                      {message.inquiryId ? (
                        <AdminForm action={retryDeadLetterAction} submitLabel="Retry" buttonClass={secondaryButtonClass}>
                          <input type="hidden" name="leadId" value={message.inquiryId} />
                          <input type="hidden" name="messageId" value={message.id} />
                        </AdminForm>
                      ) : (
                        <span className="text-sm">A new link can be asked for on the sign-in page.</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="tasks-heading" className={panelClass}>
        <h2 id="tasks-heading" className="mb-3 text-lg font-semibold">Background tasks</h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-stone-300 dark:border-stone-700">
                <th scope="col" className={cell}>Task</th>
                <th scope="col" className={cell}>Last run</th>
                <th scope="col" className={cell}>Outcome</th>
                <th scope="col" className={cell}>Last error</th>
              </tr>
            </thead>
            <tbody>
              {status.tasks.map((task) => (
                <tr key={task.name} className="border-b border-stone-200 dark:border-stone-800">
                  <th scope="row" className={`${cell} font-mono text-sm font-normal`}>{task.name}</th>
                  <td className={cell}>{task.lastFinishedAt ? `${formatStudioDateTime(task.lastFinishedAt, timeZone)} (${task.lastDurationMs} ms)` : "Not run yet"}</td>
                  <td className={cell}>{task.lastOutcome ?? "—"}</td>
                  <td className={`${cell} max-w-md break-words text-sm`}>
                    {task.lastError && task.lastErrorAt ? `${formatStudioDateTime(task.lastErrorAt, timeZone)}: ${task.lastError}` : "None"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

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
