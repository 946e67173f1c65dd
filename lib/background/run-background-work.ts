// Runs a set of named background tasks in this process, each on its own timer, until stopped.
// A task's failure is reported (with its name, this worker and how long it ran), recorded for the
// System page, and never stops the other tasks or its own next run.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Database } from "../database/create-prisma-client";
import type { BackgroundTask, TaskContext } from "./background-task";
import { claimTaskTurn, recordTaskRun } from "./task-runs";
import { forgetWorker, HEARTBEAT_MS, reportWorkerAlive, type WorkerIdentity } from "./worker-presence";

/** While a failure repeats, say so once every five minutes, not every run. */
const REPEAT_FAILURE_LOG_MS = 300_000;
/** Long enough for a message in flight to reach its SMTP socket timeout (create-mail-transport.ts). */
const STOP_WAIT_MS = 45_000;

export type BackgroundWork = {
  readonly workerId: string;
  /** Runs the task soon (now, or again right after the run in progress). */
  requestRun(name: string): void;
  /** Stops scheduling, waits for the runs in progress (bounded), then runs `onStop` and leaves. */
  stop(): Promise<void>;
  /** True once stop() was called: long runs check it between steps. */
  readonly stopping: boolean;
};

type Options = {
  db: Database;
  tasks: BackgroundTask[];
  role: WorkerIdentity["role"];
  /** Called after the last run finished: release what this worker still holds. */
  onStop?: (workerId: string) => Promise<void>;
  log?: (line: string, error?: unknown) => void;
  now?: () => Date;
  /** A web process must not be kept alive by its timers; a worker process is nothing but them. */
  keepProcessAlive?: boolean;
};

type TaskState = { timer?: NodeJS.Timeout; running: Promise<void> | null; again: boolean; lastLogged?: { message: string; at: number } };

export function startBackgroundWork({ db, tasks, role, onStop, log = console.error, now = () => new Date(), keepProcessAlive = false }: Options): BackgroundWork {
  const worker: WorkerIdentity = { id: `${role}:${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`, role, startedAt: now() };
  const states = new Map<string, TaskState>(tasks.map((task) => [task.name, { running: null, again: false }]));
  let stopping = false;
  const context: TaskContext = { db, workerId: worker.id, now };
  const timer = (run: () => void, ms: number) => {
    const handle = setTimeout(run, ms);
    if (!keepProcessAlive) handle.unref();
    return handle;
  };

  let heartbeatTimer: NodeJS.Timeout | undefined;
  let seen = false;
  let markSeen!: () => void;
  // Nothing runs before the first heartbeat is written: a claim by a worker nobody has seen would
  // be handed to another worker and sent twice.
  const firstSeen = new Promise<void>((resolve) => (markSeen = resolve));
  const heartbeat = async () => {
    if (stopping) return;
    try {
      await reportWorkerAlive(db, worker);
      if (!seen) {
        seen = true;
        markSeen();
      }
    } catch (error) {
      log(`[background] ${worker.id} could not report itself alive${seen ? "" : "; nothing runs until it can"}`, error);
    }
    if (!stopping) heartbeatTimer = timer(heartbeat, HEARTBEAT_MS);
  };

  async function runOnce(task: BackgroundTask, state: TaskState) {
    const startedAt = now();
    try {
      if (task.exclusive && !(await claimTaskTurn(db, task, worker.id, startedAt))) return;
    } catch (error) {
      return report(task, state, "could not be scheduled", error);
    }
    let result: Parameters<typeof recordTaskRun>[3];
    try {
      const outcome = await task.run(context);
      result = { ok: true, outcome, startedAt, finishedAt: now() };
      if (state.lastLogged) log(`[background] ${task.name} works again on ${worker.id}: ${outcome}`);
      state.lastLogged = undefined;
    } catch (error) {
      result = { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), startedAt, finishedAt: now() };
      report(task, state, `failed after ${result.finishedAt.getTime() - startedAt.getTime()} ms`, error);
    }
    await recordTaskRun(db, task, worker.id, result).catch((error) => report(task, state, "could not record its run", error));
  }

  function report(task: BackgroundTask, state: TaskState, what: string, error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    const at = Date.now();
    if (state.lastLogged?.message === message && at - state.lastLogged.at < REPEAT_FAILURE_LOG_MS) return;
    state.lastLogged = { message, at };
    log(`[background] ${task.name} ${what} on ${worker.id}:`, error);
  }

  function tick(task: BackgroundTask) {
    const state = states.get(task.name)!;
    if (stopping || !seen) return; // the first heartbeat ticks every task
    if (state.running) {
      state.again = true;
      return;
    }
    clearTimeout(state.timer);
    state.running = (async () => {
      do {
        state.again = false;
        await runOnce(task, state);
      } while (state.again && !stopping);
    })().finally(() => {
      state.running = null;
      if (!stopping) state.timer = timer(() => tick(task), task.everyMs);
    });
  }

  void heartbeat();
  void firstSeen.then(() => {
    for (const task of tasks) tick(task);
  });

  return {
    workerId: worker.id,
    get stopping() {
      return stopping;
    },
    requestRun(name) {
      const task = tasks.find((candidate) => candidate.name === name);
      if (task) tick(task);
    },
    async stop() {
      if (stopping) return;
      stopping = true;
      if (!seen) markSeen(); // never seen: nothing ran, nothing to wait for
      for (const state of states.values()) clearTimeout(state.timer);
      // Still saying it is alive while the runs in progress finish, so nobody takes their messages.
      const running = [...states.values()].map((state) => state.running).filter(Boolean);
      let waited: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        Promise.allSettled(running).then(() => true),
        new Promise<false>((resolve) => (waited = setTimeout(() => resolve(false), STOP_WAIT_MS))),
      ]);
      clearTimeout(waited);
      clearTimeout(heartbeatTimer);
      if (finished) {
        await onStop?.(worker.id).catch((error) => log(`[background] ${worker.id} could not release its work on stopping`, error));
      } else {
        // Something is still sending: handing its message to another worker now could send it twice.
        // Once this worker is gone, the others release what it held after the usual silence.
        log(`[background] ${worker.id} stopped with work still in progress; its claims pass to the others once it is gone`);
      }
      await forgetWorker(db, worker.id).catch(() => {});
    },
  };
}
