// Intake: POST /api/inquiries at concurrency 20 for 20 s against `npm start` on the embedded
// database, beside GET /api/health on the same server in the same run (the baseline: what the
// server and this machine do with no work at all). The web process runs with BACKGROUND_WORK=off,
// as a studio that scales out would; the mail it queues is the backlog for the mail drain: one
// `npm run worker` process delivering 10,000 messages to a loopback SMTP sink, compared with the
// rate at which the intake queued mail (the drain must keep up with the busiest intake).
import { SmtpTestServer } from "../test/support/smtp-test-server";
import { renderCostMs, timeMailDrain } from "./support/mail-drain";
import { runLoad, type LoadResult } from "./support/load";
import { startAndTimeFirst200 } from "./support/server-process";
import { printTable } from "./support/report";

const PORT = "3202";
const BASE = `http://127.0.0.1:${PORT}`;
const CONCURRENCY = 20;
const SECONDS = 20;
const DRAIN_MESSAGES = 10_000;
const MESSAGES_PER_INQUIRY = 2;
const DATABASE = { DATABASE_URL: "", EMBEDDED_DATABASE_DIR: ".data/bench-postgres", EMBEDDED_DATABASE_PORT: "54359" };

function inquiry(i: number) {
  return JSON.stringify({
    roleNeeded: ["ENGINEER", "PRODUCER", "BOTH", "UNSURE"][i % 4],
    name: `Bench Artist ${i}`,
    email: `bench.${Date.now()}.${i}@example.com`,
    artistName: "The Load Testers",
    projectType: "EP",
    songCount: 4,
    genres: ["indie", "folk"],
    message: "Four songs, rehearsed, and we would like to record them live over two days in March.",
    consent: true,
  });
}

export async function benchIntake() {
  const smtp = await new SmtpTestServer().start();
  smtp.keepMessages = false; // a counting sink: parsing here would take the CPU the worker is measured on
  const server = await startAndTimeFirst200("start", `${BASE}/api/ready`, {
    PORT,
    ...DATABASE,
    INQUIRY_RATE_LIMIT: "0",
    SMTP_URL: smtp.url,
    BACKGROUND_WORK: "off",
  });
  try {
    const post = (i: number) => fetch(`${BASE}/api/inquiries`, { method: "POST", headers: { "content-type": "application/json" }, body: inquiry(i) });
    const health = () => fetch(`${BASE}/api/health`);
    const warmUp = await runLoad(post, { concurrency: CONCURRENCY, seconds: 3, okStatus: 201 });
    await runLoad(health, { concurrency: CONCURRENCY, seconds: 2, okStatus: 200 });
    const healthResult = await runLoad(health, { concurrency: CONCURRENCY, seconds: SECONDS, okStatus: 200 });
    const intake = await runLoad(post, { concurrency: CONCURRENCY, seconds: SECONDS, okStatus: 201 });
    const row = (name: string, result: LoadResult, ratio?: string) => ({
      name,
      value: `${(result.ok / result.seconds).toFixed(0)}/s  p50 ${result.p50.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  (${result.failed} not ok)`,
      ratio,
    });
    const ratio = intake.ok / intake.seconds / (healthResult.ok / healthResult.seconds);
    printTable(`Intake: concurrency ${CONCURRENCY} for ${SECONDS} s each, npm start on the embedded database`, [
      row("GET /api/health, baseline", healthResult, "1.00x"),
      row("POST /api/inquiries (201s)", intake, `${ratio.toFixed(2)}x health`),
    ]);

    // The backlog the intake left (about 2 messages an inquiry), drained by one worker.
    const queuedPerSecond = (intake.ok / intake.seconds) * MESSAGES_PER_INQUIRY;
    // A slow run (a busy machine) queues fewer than the drain's backlog, and the drain would then
    // wait out its timeout for messages that never come: top the backlog up, untimed, first.
    let queued = (warmUp.ok + intake.ok) * MESSAGES_PER_INQUIRY;
    for (let i = 0; queued < DRAIN_MESSAGES && i < DRAIN_MESSAGES; i += CONCURRENCY) {
      const answers = await Promise.all(Array.from({ length: CONCURRENCY }, (_, j) => post(1_000_000 + i + j).then((response) => response.status)));
      queued += answers.filter((status) => status === 201).length * MESSAGES_PER_INQUIRY;
    }
    const render = await renderCostMs();
    const drain = await timeMailDrain({ ...DATABASE, SMTP_URL: smtp.url, BACKGROUND_WORK: "on" }, smtp, DRAIN_MESSAGES);
    console.log(
      `  render cost per email (every template, CPU): ${render.beforeMs.toFixed(2)} ms with react-email's render() twice (before), ` +
        `${render.afterMs.toFixed(2)} ms in one pass (now): ${(render.beforeMs / render.afterMs).toFixed(2)}x less`,
    );
    console.log(
      `  mail drain: ${drain.messages} messages by one worker in ${drain.seconds.toFixed(1)} s = ${drain.perSecond.toFixed(0)}/s, ` +
        `against ${queuedPerSecond.toFixed(0)}/s queued by the intake: ${(drain.perSecond / queuedPerSecond).toFixed(2)}x`,
    );
  } finally {
    await server.stop();
    await smtp.stop();
  }
}
