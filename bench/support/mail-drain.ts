// How fast one `npm run worker` process drains a backlog of queued mail to a loopback SMTP sink,
// and what rendering a message costs, for the intake bench.
import { spawn } from "node:child_process";
import { createPrismaClient } from "../../lib/database/create-prisma-client";
import { emailSettingsFor } from "../../lib/email/email-settings-for";
import { parseEnv } from "../../lib/env/schema";
import { createMessageRenderer } from "../../lib/outbox/render-queued-message";
import type { SmtpTestServer } from "../../test/support/smtp-test-server";

export type DrainResult = { messages: number; seconds: number; perSecond: number };

/**
 * Starts one worker on the database and times it to `messages` delivered by the sink (the
 * backlog must already be queued). Bounded: gives up after `timeoutMs`. Stops the worker after.
 */
export async function timeMailDrain(env: Record<string, string>, smtp: SmtpTestServer, messages: number, timeoutMs = 300_000): Promise<DrainResult> {
  const before = smtp.received.length;
  const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  try {
    // From its first delivery: start-up (migrations check, connections) is not drain time.
    const startedWaiting = performance.now();
    while (smtp.received.length === before && performance.now() - startedWaiting < 60_000) await sleep(5);
    const started = performance.now();
    while (smtp.received.length - before < messages && performance.now() - started < timeoutMs) await sleep(20);
    const seconds = (performance.now() - started) / 1000;
    const delivered = Math.min(messages, smtp.received.length - before);
    return { messages: delivered, seconds, perSecond: delivered / seconds };
  } finally {
    worker.kill("SIGTERM");
    await exited;
  }
}

/** CPU time to render one queued message, over up to `sample` pending rows, in this process. */
export async function renderCostMs(databaseUrl: string, sample = 200): Promise<{ perMessageMs: number; rendered: number }> {
  const db = createPrismaClient(databaseUrl, { poolSize: 2 });
  try {
    const rows = await db.outboxMessage.findMany({ where: { status: "PENDING" }, take: sample, orderBy: { createdAt: "asc" } });
    const render = createMessageRenderer(db, emailSettingsFor(parseEnv({})));
    for (const row of rows.slice(0, 20)) await render(row); // warm up
    const cpu = process.cpuUsage();
    for (const row of rows) await render(row);
    const used = process.cpuUsage(cpu);
    return { perMessageMs: (used.user + used.system) / 1000 / Math.max(1, rows.length), rendered: rows.length };
  } finally {
    await db.$disconnect();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
