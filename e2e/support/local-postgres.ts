import { spawnSync } from "node:child_process";

/** Whether a PostgreSQL server answers on 127.0.0.1:5432 (checked synchronously for the config). */
export function localPostgresAnswers(): boolean {
  const probe = `require("net").connect({ host: "127.0.0.1", port: 5432, timeout: 1000 })
    .on("connect", () => process.exit(0)).on("error", () => process.exit(1)).on("timeout", () => process.exit(1));`;
  return spawnSync(process.execPath, ["-e", probe], { timeout: 5_000 }).status === 0;
}
