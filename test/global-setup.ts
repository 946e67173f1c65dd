// Starts the test databases once per run: a fresh, migrated template database on an embedded server of
// the run's own (own folder, free port, so concurrent runs never share one) and, when it
// answers, on the local PostgreSQL service. Everything is dropped or stopped at the end, and
// also when set-up itself fails half-way.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import type { RunningDatabase } from "../lib/database/embedded-postgres";
import { ensureDatabaseExists } from "../lib/database/ensure-database-exists";
import { migrateDatabase } from "../lib/database/migrate-database";
import { findFreePort, portIsFree } from "../lib/database/port-is-free";
import { dropDatabasesLike } from "./drop-database";
import type { TestDatabase } from "./test-databases";

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432";

export default async function setup(project: TestProject) {
  const startEmbeddedDatabase = await importEmbeddedPostgres();
  const runId = `t${Date.now().toString(36)}${process.pid}`;
  const dataDir = path.resolve(".data/test-runs", runId);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const databases: TestDatabase[] = [];
  let embedded: RunningDatabase | undefined;

  const teardown = async () => {
    for (const database of databases) await dropDatabasesLike(database.url, `studio_desk_${runId}`).catch(() => {});
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    embedded = await startEmbeddedDatabase({ dataDir, port: await findFreePort() });
    databases.push({ name: "embedded", url: withDatabase(embedded.url, `studio_desk_${runId}`) });
    // "Answers" means something listens; binding would fail where a server is running.
    if (!(await portIsFree(5432))) databases.push({ name: "postgres-server", url: `${LOCAL_SERVER}/studio_desk_${runId}` });
    for (const database of databases) {
      await ensureDatabaseExists(database.url);
      await migrateDatabase(database.url);
    }
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide("databases", databases);
  return teardown;
}

function withDatabase(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * embedded-postgres registers async-exit-hook when it is first imported, and that hook's
 * 'beforeExit' handler calls process.exit(0): in this process it turned every run with failed
 * tests into a success. The servers started here are stopped by the teardown above, so its
 * 'beforeExit' and 'exit' listeners are removed; its signal handlers stay, so Ctrl-C still stops
 * the embedded server.
 */
async function importEmbeddedPostgres() {
  type Listener = (...args: unknown[]) => void;
  const events = ["beforeExit", "exit"] as const;
  const listenersOf = (event: (typeof events)[number]) => process.listeners(event as "exit") as Listener[];
  const before = new Map(events.map((event) => [event, new Set(listenersOf(event))]));
  const { startEmbeddedDatabase } = await import("../lib/database/embedded-postgres");
  for (const event of events) {
    for (const listener of listenersOf(event)) if (!before.get(event)!.has(listener)) process.off(event as "exit", listener);
  }
  return startEmbeddedDatabase;
}
