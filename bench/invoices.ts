// Invoices: how many the database issues per second one at a time (the baseline) and with
// CONCURRENCY issuers at once, which all queue on the series' counter row, since that lock is
// what keeps the numbers gapless; then that the series really is gapless; then what drawing one
// invoice's PDF costs (the artist's download, and every attempt at emailing it).
import { rmSync } from "node:fs";
import { issueInvoice } from "../lib/billing/issue-invoice";
import { renderInvoicePdf } from "../lib/billing/render-invoice-pdf";
import { createPrismaClient, type Database } from "../lib/database/create-prisma-client";
import { startEmbeddedDatabase, type RunningDatabase } from "../lib/database/embedded-postgres";
import { migrateDatabase } from "../lib/database/migrate-database";
import { createBilledLead, invoiceDraft, setUpBilling } from "../test/support/billing-fixtures";
import { ms, printTable } from "./support/report";

const DATA_DIR = ".data/bench-invoices-postgres";
const DATABASE_PORT = 54377;
const CONCURRENCY = 20;
const INVOICES = 400;
const RENDERS = 50;

export async function benchInvoices() {
  rmSync(DATA_DIR, { recursive: true, force: true });
  let database: RunningDatabase | undefined;
  let db: Database | undefined;
  try {
    database = await startEmbeddedDatabase({ dataDir: DATA_DIR, port: DATABASE_PORT });
    await migrateDatabase(database.url);
    // A connection for every issuer, so that what they wait for is the counter's lock, not the pool.
    db = createPrismaClient(database.url, { poolSize: CONCURRENCY });
    await setUpBilling(db);
    const leads = await Promise.all(Array.from({ length: CONCURRENCY }, () => createBilledLead(db!, { name: "Nakamura 中村", artistName: null })));
    const issue = (index: number) => {
      const { lead, groupId } = leads[index % CONCURRENCY]!;
      return db!.$transaction((tx) => issueInvoice(tx, invoiceDraft(lead.id, groupId, { now: new Date() })), { maxWait: 60_000, timeout: 60_000 });
    };

    const alone = await timed(async () => {
      for (let index = 0; index < INVOICES; index++) await issue(index);
    });
    const together = await timed(() =>
      Promise.all(
        Array.from({ length: CONCURRENCY }, async (_, issuer) => {
          for (let index = issuer; index < INVOICES; index += CONCURRENCY) await issue(index);
        }),
      ),
    );
    const sequences = (await db.invoice.findMany({ where: { series: "INVOICE" }, orderBy: { sequence: "asc" }, select: { sequence: true } })).map((row) => row.sequence);
    const gapless = sequences.every((sequence, index) => sequence === index + 1) && sequences.length === 2 * INVOICES;
    const rate = (seconds: number) => INVOICES / seconds;
    printTable(`Invoices issued, ${INVOICES} one at a time, then ${INVOICES} by ${CONCURRENCY} issuers at once (in-process, embedded PostgreSQL)`, [
      { name: "one at a time (baseline): invoices/s", value: rate(alone).toFixed(0) },
      { name: `${CONCURRENCY} concurrent issuers: invoices/s`, value: rate(together).toFixed(0), ratio: `${(alone / together).toFixed(2)}x the baseline's rate` },
      { name: "series gapless, no duplicate", value: gapless ? `yes (1…${sequences.length})` : `NO: ${sequences.length} numbers, last ${sequences.at(-1)}` },
    ]);

    const invoice = await db.invoice.findFirstOrThrow({ where: { series: "INVOICE" }, include: { creditsInvoice: { select: { number: true } } } });
    const options = { studioName: "Harbour Sound", timeZone: "Europe/London" };
    const latin = { ...invoice, buyerName: "Zoë Adeyemi" };
    const first = await timed(() => renderInvoicePdf(latin, options));
    const latinTimes = await renderTimes(() => renderInvoicePdf(latin, options));
    const cjkFirst = await timed(() => renderInvoicePdf(invoice, options));
    const cjkTimes = await renderTimes(() => renderInvoicePdf(invoice, options));
    const size = (await renderInvoicePdf(latin, options)).length;
    printTable(`PDF of one invoice, ${RENDERS} renders each after a first (in-process)`, [
      { name: "first render in the process (reads the fonts)", value: ms(first * 1000) },
      { name: "Latin names: p50", value: ms(percentile(latinTimes, 0.5)) },
      { name: "Latin names: p95", value: ms(percentile(latinTimes, 0.95)) },
      { name: "first with a Japanese name (reads Noto Sans JP)", value: ms(cjkFirst * 1000) },
      { name: "Japanese name too: p50", value: ms(percentile(cjkTimes, 0.5)), ratio: `${(percentile(cjkTimes, 0.5) / percentile(latinTimes, 0.5)).toFixed(2)}x the Latin p50` },
      { name: "Japanese name too: p95", value: ms(percentile(cjkTimes, 0.95)) },
      { name: "file size (Latin)", value: `${(size / 1024).toFixed(1)} kB` },
    ]);
  } finally {
    await db?.$disconnect();
    await database?.stop();
  }
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

async function renderTimes(render: () => Promise<Buffer>): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < RENDERS; index++) times.push((await timed(render)) * 1000);
  return times.sort((a, b) => a - b);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}
