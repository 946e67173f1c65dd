// Public availability: time to the full HTML of /book (one room's calendar for four months, with
// every room to choose from) and to GET /api/availability's JSON (four weeks,
// every room's offers and free blocks) on 10,000 seeded sessions, beside GET /api/health
// (the server doing no work) and the static home page on the same server in the same run.
// Requests go one at a time, so the figures are server time, not queueing. Then loadRoomCalendar
// alone (the first room), in this process, on a pool like the app's.
import { rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { loadRoomCalendar } from "../lib/when/load-room-calendar";
import { createPrismaClient, type Database } from "../lib/database/create-prisma-client";
import { startEmbeddedDatabase, type RunningDatabase } from "../lib/database/embedded-postgres";
import { migrateDatabase } from "../lib/database/migrate-database";
import { insertFakeLeads } from "../lib/seed/insert-fake-leads";
import { percentile } from "./support/load";
import { kb, printTable } from "./support/report";
import { seedSessions } from "./support/seed-sessions";
import { startAndTimeFirst200 } from "./support/server-process";

const PORT = "3205";
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = ".data/bench-availability-postgres";
const DATABASE_PORT = 54373;
const ROOMS = 4;
const SESSIONS = 10_000;
const LEADS = 2_000;
const SEED = 1;
const DAYS = 28;
const WARM_UP = 10;
const SAMPLES = 100;
const TARGET_P95_MS = 50;

type Case = { name: string; path: string; check: (body: string) => string | null };
type Timing = { p50: number; p95: number; max: number };

export async function benchAvailability() {
  // A new data folder each run, so every run measures the same rows and nothing else.
  rmSync(DATA_DIR, { recursive: true, force: true });
  let database: RunningDatabase | undefined;
  let db: Database | undefined;
  try {
    database = await startEmbeddedDatabase({ dataDir: DATA_DIR, port: DATABASE_PORT });
    // Pool of 10, as the app's own client (lib/db.ts), for the in-process figures.
    db = createPrismaClient(database.url, { poolSize: 10 });
    await seed(db, database.url);
    const rooms = await db.room.findMany({ select: { id: true }, orderBy: { name: "asc" } });
    const cases = pageCases(rooms.at(-1)!.id);

    const server = await startAndTimeFirst200("start", `${BASE}/api/ready`, {
      PORT,
      DATABASE_URL: "",
      EMBEDDED_DATABASE_DIR: DATA_DIR,
      EMBEDDED_DATABASE_PORT: String(DATABASE_PORT),
      APP_URL: BASE,
    });
    let pages: Map<string, Timing>;
    let bookBytes: { raw: number; gzip: number };
    try {
      ({ pages, bookBytes } = await timePages(cases));
    } finally {
      await server.stop();
    }
    printPageTable(cases, pages, bookBytes);
    await printInProcess(db, pages.get(cases[2]!.name)!);
  } finally {
    await db?.$disconnect();
    await database?.stop();
  }
}

async function seed(db: Database, url: string) {
  await migrateDatabase(url);
  const started = performance.now();
  await insertFakeLeads(db, LEADS, { seed: SEED });
  const counts = await seedSessions(db, { rooms: ROOMS, sessions: SESSIONS, seed: SEED, now: new Date() });
  // Fresh statistics, and no autovacuum wandering in during the timings.
  await db.$executeRawUnsafe(`VACUUM (ANALYZE) "Booking"`);
  await db.$executeRawUnsafe(`VACUUM (ANALYZE) "Room"`);
  const seconds = (performance.now() - started) / 1000;
  const byStatus = Object.entries(counts.byStatus).map(([status, count]) => `${count.toLocaleString("en-GB")} ${status}`).join(", ");
  console.log(`\nAvailability: seeded ${SESSIONS.toLocaleString("en-GB")} sessions in ${ROOMS} rooms from ${counts.from} to ${counts.to} (${byStatus}) for ${LEADS.toLocaleString("en-GB")} leads in ${seconds.toFixed(1)} s`);
}

function pageCases(lastRoomId: string): Case[] {
  const bookPage = (body: string) => {
    if (!body.includes(">Studio availability</h1>")) return "no Studio availability heading";
    const rooms = body.match(/value="room:/g)?.length ?? 0;
    if (rooms !== ROOMS) return `offers ${rooms} rooms, not ${ROOMS}`;
    // The month shown is the first with a free full day (on this dense a calendar, months ahead).
    if (!/aria-label="\w+ \d+ \w+ \d{4}, free for a full day"/.test(body)) return "shows no day free for a full day";
    return null;
  };
  return [
    { name: "GET /api/health, baseline", path: "/api/health", check: (body) => (body.includes('"ok"') ? null : "not ok") },
    { name: "GET / (static home page)", path: "/", check: (body) => (body.includes("<h1") ? null : "no heading") },
    { name: "GET /book (four months, first room)", path: "/book", check: bookPage },
    { name: `GET /book?room= (four months, room ${ROOMS})`, path: `/book?room=${lastRoomId}`, check: bookPage },
    { name: `GET /api/availability (${DAYS} days, every room)`, path: `/api/availability?days=${DAYS}`, check: availabilityApi },
  ];
}

function availabilityApi(body: string): string | null {
  const answer = JSON.parse(body) as { rooms: { days: { free: unknown[]; busy: unknown[] }[] }[]; offers: unknown[] };
  if (answer.rooms.length !== ROOMS || answer.rooms.some((room) => room.days.length !== DAYS)) return `lists ${answer.rooms.length} rooms, not ${ROOMS} with ${DAYS} days each`;
  if (answer.offers.length !== ROOMS * 4) return `lists ${answer.offers.length} offers, not four per room`;
  const days = answer.rooms.flatMap((room) => room.days);
  if (!days.some((day) => day.free.length > 0) || !days.some((day) => day.busy.length > 0)) return "shows no free block or no busy time";
  return null;
}

/**
 * Warm-up, then SAMPLES rounds that request each case once, one request at a time: interleaved,
 * so a noisy moment on a shared machine lands on every case alike. Every answer is checked.
 */
async function timePages(cases: Case[]) {
  let bookBytes = { raw: 0, gzip: 0 };
  const fetchOnce = async (c: Case) => {
    const started = performance.now();
    const response = await fetch(`${BASE}${c.path}`, { redirect: "manual" });
    const body = await response.text();
    const elapsed = performance.now() - started;
    const problem = response.status !== 200 ? `answered ${response.status}` : c.check(body);
    if (problem) throw new Error(`Availability bench: ${c.name} (${c.path}) ${problem}`);
    if (c.path.startsWith("/book?")) bookBytes = { raw: Buffer.byteLength(body), gzip: gzipSync(body).length };
    return elapsed;
  };
  const samples = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let round = 0; round < WARM_UP + SAMPLES; round++) {
    for (const c of cases) {
      const elapsed = await fetchOnce(c);
      if (round >= WARM_UP) samples.get(c.name)!.push(elapsed);
    }
  }
  return { pages: new Map([...samples].map(([name, times]) => [name, summarize(times)])), bookBytes };
}

function summarize(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)! };
}

const figures = (t: Timing) => `p50 ${t.p50.toFixed(1)} ms  p95 ${t.p95.toFixed(1)} ms  max ${t.max.toFixed(1)} ms`;
const times = (value: number) => `${value.toFixed(2)}x`;
const verdict = (t: Timing) => (t.p95 > TARGET_P95_MS ? `  OVER the ${TARGET_P95_MS} ms p95 target` : `  under the ${TARGET_P95_MS} ms p95 target`);

function printPageTable(cases: Case[], pages: Map<string, Timing>, bookBytes: { raw: number; gzip: number }) {
  const [health, home, ...books] = cases.map((c) => pages.get(c.name)!) as [Timing, Timing, ...Timing[]];
  printTable(`Availability: full HTML, ${SAMPLES} sequential requests each (after ${WARM_UP} warm-up), npm start, ${SESSIONS.toLocaleString("en-GB")} sessions in ${ROOMS} rooms; ratios of p50`, [
    { name: cases[0]!.name, value: figures(health), ratio: "1.00x" },
    { name: cases[1]!.name, value: figures(home), ratio: `${times(home.p50 / health.p50)} health` },
    ...books.map((book, index) => ({ name: cases[index + 2]!.name, value: figures(book), ratio: `${times(book.p50 / health.p50)} health, ${times(book.p50 / home.p50)} home${verdict(book)}` })),
  ]);
  console.log(`  /book weighs ${kb(bookBytes.raw)} of HTML (${kb(bookBytes.gzip)} gzip)`);
}

/** loadRoomCalendar alone (its query and the day arithmetic), as the page calls it. */
async function printInProcess(db: Database, book: Timing) {
  const durations: number[] = [];
  let days = 0;
  for (let round = 0; round < WARM_UP + SAMPLES; round++) {
    const started = performance.now();
    const { calendar } = await loadRoomCalendar(db, { roomId: null, now: new Date() });
    const elapsed = performance.now() - started;
    if (round >= WARM_UP) durations.push(elapsed);
    days = calendar?.days.length ?? 0;
  }
  const t = summarize(durations);
  printTable(`loadRoomCalendar in this process (one room, ${days} days), ${SAMPLES} calls after ${WARM_UP} warm-up; share of the page's p50`, [
    { name: "loadRoomCalendar", value: figures(t), ratio: `${Math.round((100 * t.p50) / book.p50)}% of the page${verdict(t)}` },
  ]);
}
