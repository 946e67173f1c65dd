// `npm start`: database (embedded unless DATABASE_URL is set), pending migrations, then the
// production server (scripts/serve.mjs) on the build from `npm run build`.
// Accepts --port/-p and --hostname/-H, as `next start` does.
import { existsSync } from "node:fs";
import { migrateDatabase } from "../lib/database/migrate-database";
import { openDatabase } from "../lib/database/open-database";
import { InvalidEnvironmentError, missingProductionSecret } from "../lib/env/schema";
import { runWithDatabase } from "./lib/run-with-database";
import { runScript, UsageError } from "./lib/run-script";

runScript(async (env) => {
  const missingSecret = missingProductionSecret(env);
  if (missingSecret) throw new InvalidEnvironmentError([missingSecret]);
  if (!existsSync(".next/BUILD_ID")) throw new UsageError("No production build found: run `npm run build` first.");
  const database = await openDatabase(env, console.log);
  await migrateDatabase(database.url);
  const args = ["scripts/serve.mjs", "--port", String(env.PORT), ...process.argv.slice(2)];
  await runWithDatabase(process.execPath, args, database, { NODE_ENV: "production" });
});
