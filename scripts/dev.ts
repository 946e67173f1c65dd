// `npm run dev`: database (embedded unless DATABASE_URL is set), migrations, demo data, then
// the Next.js dev server.
import { createPrismaClient } from "../lib/database/create-prisma-client";
import { migrateDatabase } from "../lib/database/migrate-database";
import { openDatabase } from "../lib/database/open-database";
import { seedDemoDataIfEmpty } from "../lib/seed/seed-demo-data";
import { DEMO_PASSWORD, DEMO_STAFF, seedDemoStaff } from "../lib/seed/seed-demo-staff";
import { runNext } from "./lib/run-next";
import { runScript } from "./lib/run-script";

runScript(async (env) => {
  const database = await openDatabase(env, console.log);
  await migrateDatabase(database.url);
  const db = createPrismaClient(database.url, { poolSize: 1 });
  const { seeded } = await seedDemoDataIfEmpty(db);
  const { demoOwnerUsable } = await seedDemoStaff(db);
  await db.$disconnect();
  if (seeded) console.log("Added demo leads to the empty database.");
  console.log(`Studio Desk: ${env.APP_URL} (${env.DATABASE_URL ? "DATABASE_URL" : "embedded database"})`);
  console.log(
    demoOwnerUsable
      ? `Sign in at ${env.APP_URL}/admin as ${DEMO_STAFF[0].email} (owner) or ${DEMO_STAFF[1].email} (staff), password "${DEMO_PASSWORD}". Sign-in emails land in .data/mailbox/.`
      : `Sign in at ${env.APP_URL}/admin with your account; \`npm run admin:create -- --email you@example.com\` makes or resets an owner.`,
  );
  await runNext(["dev", "--port", String(env.PORT), ...process.argv.slice(2)], database);
});
