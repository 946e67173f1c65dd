// Asking for a sign-in link: the answer's time for an address with an account and for one
// without, on `npm start`, beside GET /api/auth/csrf (next-auth doing no database work) on the
// same server in the same run. The two must not be told apart: the ratio known/unknown should
// sit near 1.00x, within the machine's noise. Each known sample uses its own account and every
// request its own client address, so the throttle never answers instead.
import { rmSync } from "node:fs";
import { createPrismaClient } from "../lib/database/create-prisma-client";
import { startEmbeddedDatabase, type RunningDatabase } from "../lib/database/embedded-postgres";
import { migrateDatabase } from "../lib/database/migrate-database";
import { SmtpTestServer } from "../test/support/smtp-test-server";
import { createStaff } from "../test/support/staff-fixtures";
import { percentile } from "./support/load";
import { printTable } from "./support/report";
import { startAndTimeFirst200 } from "./support/server-process";

const PORT = "3206";
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = ".data/bench-sign-in-postgres";
const DATABASE_PORT = 54374;
const WARM_UP = 10;
const SAMPLES = 100;

export async function benchSignIn() {
  rmSync(DATA_DIR, { recursive: true, force: true });
  let database: RunningDatabase | undefined;
  const smtp = await new SmtpTestServer().start();
  try {
    database = await startEmbeddedDatabase({ dataDir: DATA_DIR, port: DATABASE_PORT });
    await migrateDatabase(database.url);
    const db = createPrismaClient(database.url, { poolSize: 2 });
    const staff = await Promise.all(Array.from({ length: WARM_UP + SAMPLES }, () => createStaff(db)));
    await db.$disconnect();

    const server = await startAndTimeFirst200("start", `${BASE}/api/ready`, {
      PORT,
      DATABASE_URL: "",
      EMBEDDED_DATABASE_DIR: DATA_DIR,
      EMBEDDED_DATABASE_PORT: String(DATABASE_PORT),
      APP_URL: BASE,
      TRUST_PROXY_HOPS: "1",
      SMTP_URL: smtp.url, // a real SMTP server on loopback: the links are sent, after the answers
    });
    try {
      const { cookie, csrfToken } = await csrf();
      const times = { csrf: [] as number[], known: [] as number[], unknown: [] as number[] };
      for (let i = 0; i < WARM_UP + SAMPLES; i++) {
        // Interleaved, so drift in the machine's load falls on both alike.
        const sample = {
          csrf: await timed(() => fetch(`${BASE}/api/auth/csrf`, { headers: { cookie } })),
          known: await timed(() => askForLink(staff[i].email, { cookie, csrfToken, ip: i })),
          unknown: await timed(() => askForLink(`nobody.${i}.${Date.now()}@example.com`, { cookie, csrfToken, ip: 1000 + i })),
        };
        if (i >= WARM_UP) for (const key of ["csrf", "known", "unknown"] as const) times[key].push(sample[key]);
      }
      for (const values of Object.values(times)) values.sort((a, b) => a - b);
      const row = (name: string, values: number[], ratio?: string) => ({
        name,
        value: `p50 ${percentile(values, 50).toFixed(1)} ms  p95 ${percentile(values, 95).toFixed(1)} ms`,
        ratio,
      });
      const ratio = percentile(times.known, 50) / percentile(times.unknown, 50);
      printTable(`Sign-in link requests, ${SAMPLES} each after ${WARM_UP} warm-up, interleaved`, [
        row("GET /api/auth/csrf (baseline)", times.csrf, "1.00x"),
        row("link for an unknown address", times.unknown, `${(percentile(times.unknown, 50) / percentile(times.csrf, 50)).toFixed(2)}x baseline`),
        row("link for a staff member", times.known, `${(percentile(times.known, 50) / percentile(times.csrf, 50)).toFixed(2)}x baseline`),
      ]);
      console.log(`  known / unknown (p50): ${ratio.toFixed(2)}x`);
    } finally {
      await server.stop();
    }
    // The links go out after their answers: give the last ones a moment (bounded) to arrive.
    for (let wait = 0; wait < 50 && smtp.received.length < WARM_UP + SAMPLES; wait++) await new Promise((resolve) => setTimeout(resolve, 100));
    console.log(`  links delivered to the SMTP sink: ${smtp.received.length} of ${WARM_UP + SAMPLES}`);
  } finally {
    await database?.stop();
    await smtp.stop();
  }
}

async function csrf() {
  const response = await fetch(`${BASE}/api/auth/csrf`);
  const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  return { cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
}

async function askForLink(email: string, { cookie, csrfToken, ip }: { cookie: string; csrfToken: string; ip: number }) {
  const response = await fetch(`${BASE}/api/auth/signin/email`, {
    method: "POST",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `198.18.${ip >> 8}.${ip & 255}` },
    body: new URLSearchParams({ csrfToken, email, callbackUrl: "/admin", json: "true" }),
  });
  const body = (await response.json()) as { url?: string };
  if (response.status !== 200 || !body.url?.includes("verify-request")) throw new Error(`Unexpected answer ${response.status} ${JSON.stringify(body)}`);
  return response;
}

async function timed(run: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const response = await run();
  await response.arrayBuffer().catch(() => undefined);
  return performance.now() - started;
}
