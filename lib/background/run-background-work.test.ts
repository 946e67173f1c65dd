import { afterAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/test-databases";
import type { BackgroundTask } from "./background-task";
import { startBackgroundWork, type BackgroundWork } from "./run-background-work";

const until = async (condition: () => boolean | Promise<boolean>, timeoutMs = 10_000) => {
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("timed out waiting");
};

describeEachDatabase("background work", { poolSize: 8 }, ({ db }) => {
  const running: BackgroundWork[] = [];
  const start = (tasks: BackgroundTask[], log: (line: string, error?: unknown) => void = () => {}) => {
    const work = startBackgroundWork({ db, tasks, role: "worker", log });
    running.push(work);
    return work;
  };
  afterAll(() => Promise.all(running.map((work) => work.stop())));

  it("runs an exclusive task once per interval across instances, and records each run", async () => {
    let runs = 0;
    let concurrent = 0;
    let mostAtOnce = 0;
    const task = (): BackgroundTask => ({
      name: `exclusive-${Date.now()}`,
      everyMs: 60_000,
      exclusive: true,
      async run() {
        runs++;
        mostAtOnce = Math.max(mostAtOnce, ++concurrent);
        await new Promise((resolve) => setTimeout(resolve, 100));
        concurrent--;
        return "did its thing";
      },
    });
    const shared = task();
    const instances = Array.from({ length: 4 }, () => start([shared]));
    for (const work of instances) work.requestRun(shared.name); // all at once: still one turn
    await until(async () => (await db.backgroundTask.findUnique({ where: { name: shared.name } }))?.runs === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runs).toBe(1);
    expect(mostAtOnce).toBe(1);
    const row = await db.backgroundTask.findUniqueOrThrow({ where: { name: shared.name } });
    expect(row).toMatchObject({ runs: 1, failures: 0, lastOutcome: "did its thing", leaseOwner: null, lastError: null });
    expect(row.nextRunAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    await Promise.all(instances.map((work) => work.stop()));
  });

  it("reports a failing task with its name and context, records it, and keeps the others running", async () => {
    const lines: string[] = [];
    const name = `failing-${Date.now()}`;
    let healthyRuns = 0;
    const work = start(
      [
        { name, everyMs: 50, exclusive: false, run: async () => Promise.reject(new Error("the mail server said no")) },
        { name: `${name}-healthy`, everyMs: 50, exclusive: true, run: async () => `run ${++healthyRuns}` },
      ],
      (line, error) => lines.push(`${line} ${error instanceof Error ? error.message : ""}`),
    );
    await until(async () => healthyRuns >= 1 && ((await db.backgroundTask.findUnique({ where: { name } }))?.failures ?? 0) >= 3);
    const failing = await db.backgroundTask.findUniqueOrThrow({ where: { name } });
    expect(failing.lastError).toBe("Error: the mail server said no");
    expect(failing.lastSucceededAt).toBeNull();
    // Reported once while the same failure repeats, naming the task and the worker.
    expect(lines.filter((line) => line.includes(name) && line.includes(work.workerId) && line.includes("the mail server said no"))).toHaveLength(1);
    await work.stop();
  });

  it("says it is alive while it runs, finishes what it was doing on stop, then leaves", async () => {
    let finished = false;
    let released: string | null = null;
    const work = startBackgroundWork({
      db,
      role: "worker",
      log: () => {},
      onStop: async (workerId) => {
        released = workerId;
      },
      tasks: [{ name: `slow-${Date.now()}`, everyMs: 60_000, exclusive: false, run: async () => (await new Promise((resolve) => setTimeout(resolve, 300)), (finished = true), "done") }],
    });
    await until(async () => (await db.backgroundWorker.count({ where: { id: work.workerId } })) === 1);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the slow run has started
    await work.stop();
    expect(finished).toBe(true);
    expect(released).toBe(work.workerId);
    expect(await db.backgroundWorker.count({ where: { id: work.workerId } })).toBe(0);
  });
});
