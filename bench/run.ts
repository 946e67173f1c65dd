// `npm run bench`: every benchmark, each printing absolute figures and a ratio against a baseline
// measured in the same run (the machines are shared and noisy, so only same-run ratios compare).
// `npm run bench -- triage` (or `npx tsx bench/run.ts triage`) runs only the named ones, in the
// usual order; the names are startup, page-weight, intake, triage, availability, booking, invoices
// and sign-in.
// Needs a production build (`npm run build`) for the `npm start` figures.
import { existsSync, rmSync } from "node:fs";
import { benchAvailability } from "./availability";
import { benchBooking } from "./booking";
import { benchIntake } from "./intake";
import { benchInvoices } from "./invoices";
import { benchPageWeight } from "./page-weight";
import { benchSignIn } from "./sign-in";
import { benchStartup } from "./startup";
import { benchTriage } from "./triage";

const benches: Record<string, () => Promise<void>> = {
  startup: benchStartup,
  "page-weight": benchPageWeight,
  intake: benchIntake,
  triage: benchTriage,
  availability: benchAvailability,
  booking: benchBooking,
  invoices: benchInvoices,
  "sign-in": benchSignIn,
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(", ")}. Choose from: ${Object.keys(benches).join(", ")} (none: all).`);
  process.exit(1);
}

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build found: run `npm run build` first.");
  process.exit(1);
}

// A new data folder each run: the first start measures a fresh clone, and no backlog from an
// earlier run's outbox muddies the mail figures. (The triage bench wipes its own folder.)
rmSync(".data/bench-postgres", { recursive: true, force: true });

console.log(`Studio Desk benchmarks, ${new Date().toISOString()}, Node ${process.version}`);
for (const [name, bench] of Object.entries(benches)) {
  if (asked.length === 0 || asked.includes(name)) await bench();
}
