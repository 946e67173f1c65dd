import { spawn, type ChildProcess } from "node:child_process";

export type StartedServer = { firstOkMs: number; stop(): Promise<void> };

/**
 * Starts `npm run <script>` in its own process group and measures the time until `url` first
 * answers 200. Polling is bounded by `timeoutMs`; stop() sends SIGTERM to the whole group.
 */
export async function startAndTimeFirst200(
  script: string,
  url: string,
  env: Record<string, string>,
  timeoutMs = 180_000,
): Promise<StartedServer> {
  const started = performance.now();
  const child = spawn("npm", ["run", "--silent", script], {
    // The production server refuses to start without a session key; the benchmarks sign nobody in for real.
    env: { AUTH_SECRET: "bench-only-session-key-0123456789abcdef", ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    signalGroup(child, "SIGTERM");
    const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  };

  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`npm run ${script} exited with ${child.exitCode} before answering`);
    const ok = await fetch(url).then((response) => response.status === 200, () => false);
    if (ok) return { firstOkMs: performance.now() - started, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}
