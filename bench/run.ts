// `npm run bench`: every benchmark, each printing absolute figures and a ratio against a baseline
// measured in the same run (the machines are shared and noisy, so only same-run ratios compare).
// Needs a production build (`npm run build`) for the `npm start` figures.
import { existsSync, rmSync } from "node:fs";
import { benchIntake } from "./intake";
import { benchPageWeight } from "./page-weight";
import { benchStartup } from "./startup";

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build found: run `npm run build` first.");
  process.exit(1);
}

// A new data folder each run: the first start measures a fresh clone, and no backlog from an
// earlier run's outbox muddies the mail figures.
rmSync(".data/bench-postgres", { recursive: true, force: true });

console.log(`Studio Desk benchmarks, ${new Date().toISOString()}, Node ${process.version}`);
await benchStartup();
await benchPageWeight();
await benchIntake();
