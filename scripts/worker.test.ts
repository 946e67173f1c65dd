// `npm run worker` as a real process: two side by side share a backlog without sending anything
// twice, and one killed with SIGKILL mid-backlog loses nothing: its claims are handed on within
// a minute, and the only repeats are messages it had handed to the mail server but not yet
// marked sent (counted and reported here).
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELIVERY_LANES } from "@/lib/background/background-tasks";
import { BATCH_SIZE } from "@/lib/outbox/deliver-due-messages";
import { createPrismaClient, type Database } from "@/lib/database/create-prisma-client";
import { createInquiry } from "@/lib/inquiries/create-inquiry";
import { inquiryContext, validInquiry } from "@/test/support/inquiry-fixtures";
import { SmtpTestServer } from "@/test/support/smtp-test-server";
import { cloneTestDatabase, testDatabases } from "@/test/test-databases";

const until = async (what: string, condition: () => boolean | Promise<boolean>, timeoutMs: number) => {
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
    if (await condition()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
};

const WORKER_SECRET = "worker-test-only-key-0123456789abcdefgh";

// One server is enough: what is under test is the process, not the database.
const [database] = testDatabases();

describe(`npm run worker on ${database.name}`, () => {
  let db: Database;
  let databaseUrl: string;
  let smtp: SmtpTestServer;
  const children = new Set<ChildProcess>();

  function startWorker(): ChildProcess & { exited: Promise<number | null> } {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, SMTP_URL: smtp.url, MAIL_FROM: "Studio Desk <desk@studio.test>", NODE_ENV: "production", AUTH_SECRET: WORKER_SECRET },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr!.on("data", (chunk) => process.env.WORKER_TEST_LOG && process.stderr.write(chunk)); // drained, so a chatty worker never blocks on a full pipe
    children.add(child);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    return Object.assign(child, { exited });
  }
  const queueBacklog = async (inquiries: number) => {
    for (let i = 0; i < inquiries; i += 25) {
      await Promise.all(Array.from({ length: Math.min(25, inquiries - i) }, () => createInquiry({ input: validInquiry(), clientIp: "203.0.113.5", formSignals: null }, inquiryContext(db))));
    }
  };
  const uniqueReceived = () => new Set(smtp.received.map((mail) => mail.parsed.messageId)).size;

  beforeAll(async () => {
    databaseUrl = await cloneTestDatabase(database.url);
    db = createPrismaClient(databaseUrl, { poolSize: 8 });
    smtp = await new SmtpTestServer().start();
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    await smtp.stop();
    await db.$disconnect();
  });

  it("refuses to start without AUTH_SECRET, which the web instances sign and seal with", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: "" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let output = "";
    child.stderr!.on("data", (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/AUTH_SECRET: required by npm run worker/);
  }, 60_000);

  it("two workers side by side deliver a backlog once, and stop cleanly on SIGTERM", async () => {
    smtp.received.length = 0;
    smtp.acceptDelayMs = 5;
    await queueBacklog(100); // 200 messages
    const [a, b] = [startWorker(), startWorker()];
    await until("the backlog to be sent", async () => (await db.outboxMessage.count({ where: { status: "PENDING" } })) === 0, 60_000);
    expect(smtp.received).toHaveLength(200);
    expect(uniqueReceived()).toBe(200);
    const senders = await db.outboxMessage.groupBy({ by: ["claimedBy"], where: { status: "SENT" }, _count: { _all: true } });
    expect(senders.map((row) => row.claimedBy?.split(":")[0])).toEqual(["worker", "worker"]); // both took part

    a.kill("SIGTERM");
    b.kill("SIGTERM");
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
    expect(await db.backgroundWorker.count()).toBe(0);
  }, 90_000);

  it("a worker killed with SIGKILL mid-backlog loses nothing; its claims are sent by the next within a minute", async () => {
    smtp.received.length = 0;
    smtp.acceptDelayMs = 15; // slow enough that the kill lands mid-backlog
    await queueBacklog(150); // 300 messages
    const first = startWorker();
    await until("the first worker to get going", () => smtp.received.length >= 60, 60_000);
    first.kill("SIGKILL");
    await first.exited;
    const sentBeforeKill = smtp.received.length;
    const heldByTheDead = await db.outboxMessage.count({ where: { status: "PENDING", claimedBy: { startsWith: "worker:" } } });

    const second = startWorker();
    const recoveryMs = await until("every message to arrive", () => uniqueReceived() === 300, 90_000);
    await until("the rows to be marked", async () => (await db.outboxMessage.count({ where: { status: { not: "SENT" } } })) === 0, 10_000);
    const duplicates = smtp.received.length - uniqueReceived();
    console.log(
      `[kill -9] ${sentBeforeKill} of 300 sent before the kill, ${heldByTheDead} claimed by the killed worker, ` +
        `all 300 delivered ${(recoveryMs / 1000).toFixed(1)} s after the restart, ${duplicates} sent twice (same Message-ID)`,
    );
    expect(uniqueReceived()).toBe(300);
    expect(recoveryMs).toBeLessThan(60_000);
    // Only a message handed to the server but not yet marked sent can go twice: at most what one
    // worker has in flight (DELIVERY_LANES batches of BATCH_SIZE).
    expect(duplicates).toBeLessThanOrEqual(DELIVERY_LANES * BATCH_SIZE);
    second.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 180_000);
});
