// Starts the test databases once per run: a fresh, migrated database on the embedded server and,
// when it answers, on the local PostgreSQL service. Each run gets new databases, so runs never
// see each other's rows; they are dropped at the end.
import net from "node:net";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../lib/database/embedded-postgres";
import { ensureDatabaseExists } from "../lib/database/ensure-database-exists";
import { migrateDatabase } from "../lib/database/migrate-database";
import { dropDatabase } from "./drop-database";
import type { TestDatabase } from "./test-databases";

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432";

export default async function setup(project: TestProject) {
  const runId = `t${Date.now().toString(36)}${process.pid}`;
  const embedded = await startEmbeddedDatabase({ dataDir: ".data/test-postgres", port: 54339 });
  const databases: TestDatabase[] = [{ name: "embedded", url: withDatabase(embedded.url, `studio_desk_${runId}`) }];
  if (await answers(5432)) databases.push({ name: "postgres-server", url: `${LOCAL_SERVER}/studio_desk_${runId}` });

  for (const database of databases) {
    await ensureDatabaseExists(database.url);
    await migrateDatabase(database.url);
  }
  project.provide("databases", databases);

  return async () => {
    for (const database of databases) await dropDatabase(database.url);
    await embedded.stop();
  };
}

function withDatabase(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1", timeout: 1_000 });
    const settle = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.once("connect", () => settle(true));
    socket.once("error", () => settle(false));
    socket.once("timeout", () => settle(false));
  });
}
