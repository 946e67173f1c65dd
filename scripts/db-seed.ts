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
  const leads = values.leads === undefined ? undefined : Number(values.leads);
  if (leads !== undefined && !(Number.isInteger(leads) && leads > 0 && leads <= 10_000_000)) {
    throw new UsageError(`--leads must be a whole number from 1 to 10000000, not "${values.leads}".`);
  }

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
    await insertFakeLeads(db, leads, { seed: Number(values.seed ?? Date.now()), onProgress: progress.update });
    console.log(`Inserted ${leads} leads in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
