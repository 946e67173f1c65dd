// `npm run db:migrate`: apply pending migrations to the configured or embedded database.
import { migrateDatabase } from "../lib/database/migrate-database";
import { openDatabase } from "../lib/database/open-database";
import { runScript } from "./lib/run-script";

runScript(async (env) => {
  const database = await openDatabase(env, console.log);
  try {
    await migrateDatabase(database.url);
    console.log("Migrations applied; the database is up to date.");
  } finally {
    await database.stop();
  }
});
