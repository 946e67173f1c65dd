// Intake: POST /api/inquiries at concurrency 20 for 20 s against `npm start` on the embedded
// database, beside GET /api/health on the same server in the same run (the baseline: what the
// server and this machine do with no work at all). Mail goes to a loopback SMTP sink, so the
// outbox sender runs for real while the load is on.
import { SmtpTestServer } from "../test/support/smtp-test-server";
import { runLoad, type LoadResult } from "./support/load";
import { startAndTimeFirst200 } from "./support/server-process";
import { printTable } from "./support/report";

const PORT = "3202";
const BASE = `http://127.0.0.1:${PORT}`;
const CONCURRENCY = 20;
const SECONDS = 20;

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
  const server = await startAndTimeFirst200("start", `${BASE}/api/ready`, {
    PORT,
    DATABASE_URL: "",
    EMBEDDED_DATABASE_DIR: ".data/bench-postgres",
    EMBEDDED_DATABASE_PORT: "54359",
    INQUIRY_RATE_LIMIT: "0",
    SMTP_URL: smtp.url,
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
    // How far mail delivery kept up: every accepted inquiry owes two messages.
    const owed = 2 * (warmUp.ok + intake.ok);
    const atEnd = smtp.received.length;
    const drainStarted = performance.now();
    while (smtp.received.length < owed && performance.now() - drainStarted < 120_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const drainSeconds = ((performance.now() - drainStarted) / 1000).toFixed(1);
    console.log(`  mail: ${atEnd} of ${owed} messages delivered when the load stopped; ${smtp.received.length} after ${drainSeconds} s more`);
  } finally {
    await server.stop();
    await smtp.stop();
  }
}
