// Starts the test databases once per run: a fresh, migrated template database on an embedded server of
// the run's own (own folder, free port, so concurrent runs never share one) and, when it
// answers, on the local PostgreSQL service. Everything is dropped or stopped at the end, and
// also when set-up itself fails half-way.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase, type RunningDatabase } from "../lib/database/embedded-postgres";
import { ensureDatabaseExists } from "../lib/database/ensure-database-exists";
import { migrateDatabase } from "../lib/database/migrate-database";
import { findFreePort, portIsFree } from "../lib/database/port-is-free";
import { dropDatabasesLike } from "./drop-database";
import type { TestDatabase } from "./test-databases";

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432";

export default async function setup(project: TestProject) {
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

