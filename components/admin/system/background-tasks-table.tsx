import type { SystemStatus } from "@/lib/system/load-system-status";
import { formatStudioDateTime } from "@/lib/time/format-studio-time";
import { PhoneLabel } from "../phone-label";
import { panelClass, stackedTable } from "../styles";

const { cell } = stackedTable;

/** Every background task: when it last ran, what it did, and its last error. */
export function BackgroundTasksTable({ tasks, timeZone }: { tasks: SystemStatus["tasks"]; timeZone: string }) {
  return (
    <section aria-labelledby="tasks-heading" className={panelClass}>
      <h2 id="tasks-heading" className="mb-3 text-lg font-semibold">Background tasks</h2>
      <div className="relative overflow-x-auto">
        <table className={stackedTable.table}>
          <thead className={stackedTable.head}>
            <tr className={stackedTable.headRow}>
              <th scope="col" className={cell}>Task</th>
              <th scope="col" className={cell}>Last run</th>
              <th scope="col" className={cell}>Outcome</th>
              <th scope="col" className={cell}>Last error</th>
            </tr>
          </thead>
          <tbody className={stackedTable.body}>
            {tasks.map((task) => (
              <tr key={task.name} className={stackedTable.row}>
                <th scope="row" className={`${cell} font-mono text-sm font-normal`}>{task.name}</th>
                <td className={cell}>
                  <PhoneLabel>Last run: </PhoneLabel>
                  {task.lastFinishedAt ? `${formatStudioDateTime(task.lastFinishedAt, timeZone)} (${task.lastDurationMs} ms)` : "Not run yet"}
                </td>
                <td className={cell}>
                  <PhoneLabel>Outcome: </PhoneLabel>
                  {task.lastOutcome ?? "—"}
                </td>
                <td className={`${cell} max-w-md break-words text-sm`}>
                  <PhoneLabel>Last error: </PhoneLabel>
                  {task.lastError && task.lastErrorAt ? `${formatStudioDateTime(task.lastErrorAt, timeZone)}: ${task.lastError}` : "None"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
