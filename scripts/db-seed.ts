// `npm run db:seed`: demo data in an empty database; `-- --leads N` adds N realistic leads.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/database/create-prisma-client";
import { migrateDatabase } from "../lib/database/migrate-database";
import { openDatabase } from "../lib/database/open-database";
import { insertFakeLeads } from "../lib/seed/insert-fake-leads";
import { seedDemoDataIfEmpty } from "../lib/seed/seed-demo-data";
import { createProgressBar } from "./lib/progress-bar";
import { runScript, UsageError } from "./lib/run-script";

runScript(async (env) => {
  const { values } = parseArgs({ options: { leads: { type: "string" }, seed: { type: "string" } } });
  const leads = wholeNumberOption("leads", values.leads, 1, 10_000_000);
  const seed = wholeNumberOption("seed", values.seed, 0, 2 ** 32 - 1) ?? Date.now() % 2 ** 32;

  const database = await openDatabase(env, console.log);
  const db = createPrismaClient(database.url, { poolSize: 2 });
  try {
    await migrateDatabase(database.url);
    if (leads === undefined) {
      const { seeded } = await seedDemoDataIfEmpty(db);
      console.log(seeded ? "Demo data added." : "The database already has data; nothing added.");
      return;
    }
    const progress = createProgressBar(leads, "Inserting leads");
    const started = performance.now();
    await insertFakeLeads(db, leads, { seed, onProgress: progress.update });
    console.log(`Inserted ${leads} leads in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});

function wholeNumberOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  }
  return number;
}
