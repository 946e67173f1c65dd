// Admin triage: time to the full HTML of the lead inbox's pages, on 100,000 seeded leads, beside
// GET /api/health on the same server in the same run (the baseline: the server doing no work).
// Four pages: the inbox as it opens, a filtered page, a search and a page 90,000 rows deep (a
// keyset cursor). Requests go one at a time, so the figures are server time, not queueing. Then
// the same pages' queries alone (no rendering, no session check), and their plans.
import { rmSync } from "node:fs";
import { createPrismaClient, type Database } from "../lib/database/create-prisma-client";
import { startEmbeddedDatabase, type RunningDatabase } from "../lib/database/embedded-postgres";
import { migrateDatabase } from "../lib/database/migrate-database";
import { countLeadsByStatus } from "../lib/leads/count-leads-by-status";
import { encodeLeadCursor } from "../lib/leads/lead-cursor";
import { leadListHref } from "../lib/leads/lead-list-href";
import { DEFAULT_LEAD_LIST_QUERY, parseLeadListQuery, type LeadListQuery } from "../lib/leads/lead-list-query";
import { listLeads } from "../lib/leads/list-leads";
import { insertFakeLeads } from "../lib/seed/insert-fake-leads";
import { createStaff, TEST_PASSWORD } from "../test/support/staff-fixtures";
import { explainLeadQueries } from "./support/lead-queries";
import { percentile } from "./support/load";
import { startAndTimeFirst200 } from "./support/server-process";
import { printTable } from "./support/report";

const PORT = "3203";
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = ".data/bench-triage-postgres";
const DATABASE_PORT = 54369;
const LEADS = 100_000;
/** Fixed, so every run seeds the same names, statuses and roles (`npm run db:seed -- --leads 100000 --seed 1`). */
const SEED = 1;
const WARM_UP = 5;
const SAMPLES = 60;
const TARGET_P95_MS = 100;
/** One of the surnames in lib/seed/fake-lead.ts (about 1 lead in 20 has it). */
const SEARCH_WORD = "Nakamura";
/** How deep the keyset page starts in the newest-first inbox. */
const DEEP_ROWS = 90_000;

type Case = { name: string; path: string; check: (body: string) => string | null };
type Timing = { p50: number; p95: number; max: number };

export async function benchTriage() {
  // A new data folder each run, so every run measures the same 100,000 rows and nothing else.
  rmSync(DATA_DIR, { recursive: true, force: true });
  let database: RunningDatabase | undefined;
  let db: Database | undefined;
  try {
    database = await startEmbeddedDatabase({ dataDir: DATA_DIR, port: DATABASE_PORT });
    // Pool of 10, as the app's own client (lib/db.ts), for the queries-alone figures.
    db = createPrismaClient(database.url, { poolSize: 10 });
    const owner = await seed(db, database.url);
    const cases = await pageCases(db);

    const server = await startAndTimeFirst200("start", `${BASE}/api/ready`, {
      PORT,
      DATABASE_URL: "",
      EMBEDDED_DATABASE_DIR: DATA_DIR,
      EMBEDDED_DATABASE_PORT: String(DATABASE_PORT),
      // Plain http, so the session cookie is not Secure and a plain fetch can send it back.
      APP_URL: BASE,
      AUTH_SECRET: "bench-only-session-key-0123456789abcdef",
      INQUIRY_RATE_LIMIT: "0",
    });
    let pages: Map<string, Timing>;
    try {
      const cookie = await signIn(owner.email);
      pages = await timePages(cases, cookie);
    } finally {
      await server.stop();
    }
    printPageTable(cases, pages);

    const queries = cases.slice(1).map((c) => ({ name: c.name, query: parseLeadListQuery(new URL(c.path, BASE).searchParams).query }));
    await printQueriesAlone(db, queries, owner.id, pages);
    await printPlans(db, queries, owner.id);
  } finally {
    await db?.$disconnect();
    await database?.stop();
  }
}

/** The leads exactly as `npm run db:seed -- --leads 100000` inserts them, three staff, a third of the leads assigned. */
async function seed(db: Database, url: string) {
  await migrateDatabase(url);
  const started = performance.now();
  const inserted = await insertFakeLeads(db, LEADS, { seed: SEED });
  const seconds = (performance.now() - started) / 1000;
  const [{ count }] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS "count" FROM "Inquiry"`;
  if (inserted !== LEADS || count !== LEADS) throw new Error(`Seeding left ${count} leads, not ${LEADS}`);
  console.log(`\nAdmin triage: seeded ${LEADS.toLocaleString("en-GB")} leads (seed ${SEED}) in ${seconds.toFixed(1)} s (${Math.round(LEADS / seconds)} rows/s)`);

  const owner = await createStaff(db, "OWNER");
  const staff = [owner, await createStaff(db, "STAFF"), await createStaff(db, "STAFF")];
  // Every third lead, newest first, goes to the next of the three in turn.
  const assigned = await db.$executeRaw`
    UPDATE "Inquiry" i SET "assigneeId" = (${staff.map((member) => member.id)}::uuid[])[1 + ((n."rank" / 3) % 3)::int]
    FROM (SELECT "id", row_number() OVER (ORDER BY "createdAt" DESC, "id" DESC) - 1 AS "rank" FROM "Inquiry") n
    WHERE i."id" = n."id" AND n."rank" % 3 = 0`;
  // VACUUM as well as ANALYZE: the update left a third of the rows dead, and autovacuum would
  // otherwise clean them up at some unknown moment in the middle of the timings.
  await db.$executeRawUnsafe(`VACUUM (ANALYZE) "Inquiry"`);
  await db.$executeRawUnsafe(`VACUUM (ANALYZE) "User"`);
  console.log(`  ${assigned.toLocaleString("en-GB")} leads assigned round-robin to 3 staff; VACUUM ANALYZE done`);
  return owner;
}

async function pageCases(db: Database): Promise<Case[]> {
  const leadsPage = (expectId?: string) => (body: string) => {
    if (!body.includes(">Leads</h1>")) return "no Leads heading";
    if (!/href="\/admin\/leads\/[0-9a-f-]{36}"/.test(body)) return "no link to a lead";
    if (body.includes("Ignored ")) return "the page ignored part of the URL";
    if (expectId && !body.includes(`href="/admin/leads/${expectId}"`)) return `the lead after the cursor (${expectId}) is missing`;
    return null;
  };
  // The row DEEP_ROWS into the inbox's order (spam hidden, newest first) and the one after it,
  // which must open the page that starts after the first one's cursor.
  const [cursorRow, firstOnPage] = await db.$queryRaw<{ id: string; createdAt: Date }[]>`
    SELECT i."id", i."createdAt" FROM "Inquiry" i WHERE i."status" <> 'SPAM'
    ORDER BY i."createdAt" DESC, i."id" DESC OFFSET ${DEEP_ROWS - 1} LIMIT 2`;
  if (!firstOnPage) throw new Error(`The inbox has fewer than ${DEEP_ROWS + 1} leads`);
  const after = encodeLeadCursor("createdAt", { at: cursorRow.createdAt, id: cursorRow.id });
  const inbox: LeadListQuery = { ...DEFAULT_LEAD_LIST_QUERY };
  return [
    { name: "GET /api/health, baseline", path: "/api/health", check: (body) => (body.includes('"ok"') ? null : "not ok") },
    { name: "inbox, first page", path: leadListHref(inbox), check: leadsPage() },
    { name: "filtered: status NEW, role PRODUCER", path: leadListHref(inbox, { statuses: ["NEW"], roles: ["PRODUCER"] }), check: leadsPage() },
    { name: `search: "${SEARCH_WORD}"`, path: leadListHref(inbox, { q: SEARCH_WORD }), check: leadsPage() },
    { name: `deep page: after row ${DEEP_ROWS.toLocaleString("en-GB")}`, path: leadListHref(inbox, { after }), check: leadsPage(firstOnPage.id) },
  ];
}

/** Signs in with the password form's HTTP calls; the session's Cookie header. */
async function signIn(email: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";")[0];
      const equals = pair.indexOf("=");
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${BASE}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password: TEST_PASSWORD, json: "true" }),
  });
  keep(callback);
  await callback.arrayBuffer();
  const session = (await fetch(`${BASE}/api/auth/session`, { headers: { cookie: cookie() } }).then((response) => response.json())) as { staff?: unknown };
  if (callback.status !== 200 || ![...jar.keys()].some((name) => name.startsWith("next-auth.session-token")) || !session.staff) {
    throw new Error(`Signing in as ${email} failed (callback answered ${callback.status}); the admin pages cannot be timed`);
  }
  return cookie();
}

/**
 * Warm-up, then SAMPLES rounds that request each case once, one request at a time: interleaved,
 * so a noisy moment on a shared machine lands on every case alike. Every answer is checked, so a
 * redirect to sign-in or an error page is never timed as if it were the page.
 */
async function timePages(cases: Case[], cookie: string): Promise<Map<string, Timing>> {
  const fetchOnce = async (c: Case) => {
    const started = performance.now();
    const response = await fetch(`${BASE}${c.path}`, { headers: { cookie }, redirect: "manual" });
    const body = await response.text();
    const elapsed = performance.now() - started;
    const problem = response.status !== 200 ? `answered ${response.status} ${response.headers.get("location") ?? ""}` : c.check(body);
    if (problem) throw new Error(`Triage bench: ${c.name} (${c.path}) ${problem}`);
    return elapsed;
  };
  const samples = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let round = 0; round < WARM_UP + SAMPLES; round++) {
    for (const c of cases) {
      const elapsed = await fetchOnce(c);
      if (round >= WARM_UP) samples.get(c.name)!.push(elapsed);
    }
  }
  return new Map([...samples].map(([name, times]) => [name, summarize(times)]));
}

function summarize(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)! };
}

const figures = (t: Timing) => `p50 ${t.p50.toFixed(1)} ms  p95 ${t.p95.toFixed(1)} ms  max ${t.max.toFixed(1)} ms`;
const times = (value: number) => `${value.toFixed(2)}x`;

function printPageTable(cases: Case[], pages: Map<string, Timing>) {
  const health = pages.get(cases[0].name)!;
  const inbox = pages.get(cases[1].name)!;
  printTable(`Admin triage: full HTML, ${SAMPLES} sequential requests each (after ${WARM_UP} warm-up), npm start, ${LEADS.toLocaleString("en-GB")} leads; ratios of p50`, [
    { name: cases[0].name, value: figures(health), ratio: "1.00x" },
    ...cases.slice(1).map((c) => {
      const t = pages.get(c.name)!;
      const over = t.p95 > TARGET_P95_MS ? `  OVER the ${TARGET_P95_MS} ms p95 target` : "";
      return { name: c.name, value: figures(t), ratio: `${times(t.p50 / health.p50)} health, ${times(t.p50 / inbox.p50)} inbox${over}` };
    }),
  ]);
  const over = cases.slice(1).filter((c) => pages.get(c.name)!.p95 > TARGET_P95_MS);
  console.log(over.length === 0 ? `  every page under the ${TARGET_P95_MS} ms p95 target` : `  ${over.length} of ${cases.length - 1} pages over the ${TARGET_P95_MS} ms p95 target`);
}

/**
 * The database work of each page without the page: listLeads, countLeadsByStatus and the staff
 * list, run together as the page runs them, from this process on a pool like the app's.
 */
async function printQueriesAlone(db: Database, queries: { name: string; query: LeadListQuery }[], ownerId: string, pages: Map<string, Timing>) {
  const options = { currentUserId: ownerId };
  const once = async (query: LeadListQuery) => {
    const started = performance.now();
    await Promise.all([
      listLeads(db, query, options),
      countLeadsByStatus(db, query, options),
      db.user.findMany({ where: { deactivatedAt: null }, select: { id: true, name: true, email: true }, orderBy: [{ name: "asc" }, { email: "asc" }] }),
    ]);
    return performance.now() - started;
  };
  const results = new Map<string, number[]>(queries.map(({ name }) => [name, []]));
  for (let round = 0; round < WARM_UP + SAMPLES; round++) {
    for (const { name, query } of queries) {
      const elapsed = await once(query);
      if (round >= WARM_UP) results.get(name)!.push(elapsed);
    }
  }
  printTable(`The same pages' queries alone (list, status counts, staff; together, as the page runs them), ${SAMPLES} rounds; share of the page's p50`, queries.map(({ name }) => {
    const t = summarize(results.get(name)!);
    return { name, value: figures(t), ratio: `${Math.round((100 * t.p50) / pages.get(name)!.p50)}% of the page` };
  }));
}

/** EXPLAIN ANALYZE of the pages' two lead statements, cut to the scan nodes and timings. */
async function printPlans(db: Database, queries: { name: string; query: LeadListQuery }[], ownerId: string) {
  const plans = await explainLeadQueries(db, queries.map(({ query }) => query), { currentUserId: ownerId });
  console.log("\nQuery plans (EXPLAIN ANALYZE of the exact SQL; scan and sort nodes, execution time)");
  const seqScans: string[] = [];
  plans.forEach((plan, index) => {
    console.log(`  ${queries[index].name}`);
    for (const [statement, text] of [["list", plan.list], ["status counts", plan.counts]] as const) {
      console.log(`    ${statement}:`);
      for (const line of trimPlan(text)) console.log(`      ${line}`);
      if (/Seq Scan on "Inquiry"/.test(text)) seqScans.push(`${queries[index].name}, ${statement}`);
    }
  });
  console.log(seqScans.length === 0 ? `  no Seq Scan on "Inquiry" in any plan` : `  SEQ SCAN on "Inquiry" in: ${seqScans.join("; ")}`);
}

function trimPlan(text: string): string[] {
  const kept = text
    .split("\n")
    .filter((line) => /Scan|^\s*(->\s+)?(Sort|Incremental Sort)\s|Execution Time/.test(line))
    .map((line) => line.replace(/^(\s*)->\s+/, "$1").replace(/\s*\(cost=[^)]*\)/, "").trimEnd());
  // The nodes in between are cut, so keep only the nesting that is left: two spaces a level.
  const depths = [...new Set(kept.map((line) => line.search(/\S/)))].sort((a, b) => a - b);
  return kept.map((line) => "  ".repeat(depths.indexOf(line.search(/\S/))) + line.trimStart());
}
