// `npm start`: database (embedded unless DATABASE_URL is set), pending migrations, then the
// production server built by `npm run build`. Extra arguments go to `next start`.
import { migrateDatabase } from "../lib/database/migrate-database";
import { openDatabase } from "../lib/database/open-database";
import { runNext } from "./lib/run-next";
import { runScript } from "./lib/run-script";

runScript(async (env) => {
  const database = await openDatabase(env, console.log);
  await migrateDatabase(database.url);
  await runNext(["start", "--port", String(env.PORT), ...process.argv.slice(2)], database);
});
