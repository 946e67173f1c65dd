// `npm run db:migrate`: apply pending migrations to the configured or embedded database.
import { migrateDatabase } from "../lib/database/migrate-database";
import { openDatabase } from "../lib/database/open-database";
import { runScript } from "./lib/run-script";

runScript(async (env) => {
  const database = await openDatabase(env, console.log);
  try {
    const { applied } = await migrateDatabase(database.url);
    console.log(applied.length > 0 ? `Applied ${applied.join(", ")}.` : "No pending migrations; the database is up to date.");
  } finally {
    await database.stop();
  }
});
