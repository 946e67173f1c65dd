// Run before each e2e app server starts (playwright.config.ts): the server's database begins
// empty on every run. Specs make their own uniquely named rooms and people, so they never needed
// a reset between specs; but kept between runs, those records piled up on the PostgreSQL
// service (which outlives any checkout) and made the pages that list every room or person
// slower with each run until a spec timed out. The app creates and migrates the database anew.
import { rm } from "node:fs/promises";
import { dropDatabase } from "../../test/drop-database";

const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  await dropDatabase(serverUrl);
} else {
  const dataDir = process.env.EMBEDDED_DATABASE_DIR;
  if (!dataDir) throw new Error("fresh-database needs DATABASE_URL or EMBEDDED_DATABASE_DIR");
  await rm(dataDir, { recursive: true, force: true });
}
