// How fast one `npm run worker` process drains a backlog of queued mail to a loopback SMTP sink,
// and what rendering a message costs, for the intake bench.
import { spawn } from "node:child_process";
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { renderEmail } from "../../lib/email/render-email";
import { emailFixtures } from "../../test/support/email-fixtures";
import type { SmtpTestServer } from "../../test/support/smtp-test-server";

export type DrainResult = { messages: number; seconds: number; perSecond: number };

/**
 * Starts one worker on the database and times it to `messages` delivered by the sink (the
 * backlog must already be queued). Bounded: gives up after `timeoutMs`. Stops the worker after.
 */
export async function timeMailDrain(env: Record<string, string>, smtp: SmtpTestServer, messages: number, timeoutMs = 300_000): Promise<DrainResult> {
  const before = smtp.accepted;
  const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    // The web process's key (server-process.ts), as a studio's worker would have.
    env: { AUTH_SECRET: "bench-only-session-key-0123456789abcdef", ...process.env, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  try {
    // From its first delivery: start-up (migrations check, connections) is not drain time.
    const startedWaiting = performance.now();
    while (smtp.accepted === before && performance.now() - startedWaiting < 60_000) await sleep(5);
    const started = performance.now();
    while (smtp.accepted - before < messages && performance.now() - started < timeoutMs) await sleep(20);
    const seconds = (performance.now() - started) / 1000;
    const delivered = Math.min(messages, smtp.accepted - before);
    return { messages: delivered, seconds, perSecond: delivered / seconds };
  } finally {
    worker.kill("SIGTERM");
    await exited;
  }
}

/**
 * CPU time to render one email, over every template, the way the sender did before (react-email's
 * render(), once for HTML and again for text) and the way it does now (renderEmail: one pass),
 * in this process and the same run.
 */
export async function renderCostMs(rounds = 100): Promise<{ beforeMs: number; afterMs: number }> {
  const elements = emailFixtures.map(([, element]) => element);
  const cpuPerRender = async (renderOne: (element: ReactElement) => Promise<unknown>) => {
    for (const element of elements) for (let i = 0; i < 10; i++) await renderOne(element); // warm up
    const started = process.cpuUsage();
    for (let round = 0; round < rounds; round++) for (const element of elements) await renderOne(element);
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000 / (rounds * elements.length);
  };
  return {
    beforeMs: await cpuPerRender((element) => Promise.all([render(element), render(element, { plainText: true })])),
    afterMs: await cpuPerRender(renderEmail),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
