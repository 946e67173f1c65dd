import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedDatabaseError, startEmbeddedDatabase } from "./embedded-postgres";
import { portIsFree } from "./port-is-free";

// Under .data (not /tmp) because the server runs as the `postgres` user, who must be able to
// reach the folder; each test uses a new folder and its own port.
const createdDirs: string[] = [];
afterAll(() => createdDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function newDataDir() {
  mkdirSync(".data/tmp", { recursive: true });
  const parent = mkdtempSync(path.resolve(".data/tmp/pg-"));
  chmodSync(parent, 0o755);
  createdDirs.push(parent);
  return path.join(parent, "data");
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("startEmbeddedDatabase", () => {
  it("names the port when it is taken", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const attempt = startEmbeddedDatabase({ dataDir: newDataDir(), port });
      await expect(attempt).rejects.toThrow(EmbeddedDatabaseError);
      await expect(attempt).rejects.toThrow(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it("names the folder when it is a file", async () => {
    const file = path.join(os.tmpdir(), `studio-desk-not-a-folder-${process.pid}`);
    writeFileSync(file, "");
    await expect(startEmbeddedDatabase({ dataDir: file, port: await freePort() })).rejects.toThrow(
      `${file} exists but is not a folder`,
    );
  });

  it("refuses a non-empty folder that is not a database", async () => {
    const dir = newDataDir();
    mkdirSync(dir);
    writeFileSync(path.join(dir, "notes.txt"), "mine");
    await expect(startEmbeddedDatabase({ dataDir: dir, port: await freePort() })).rejects.toThrow(
      `${dir} is not empty and is not a PostgreSQL data folder`,
    );
  });

  it("creates, stops, and starts again with the data kept; a second opener reuses the running server", async () => {
    const dataDir = newDataDir();
    const port = await freePort();
    const first = await startEmbeddedDatabase({ dataDir, port });
    expect(first.ownedByThisProcess).toBe(true);
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");

    const second = await startEmbeddedDatabase({ dataDir, port: await freePort() });
    expect(second.ownedByThisProcess).toBe(false);
    expect(second.url).toBe(first.url);
    await second.stop(); // not the owner: must leave the server running
    expect(await query(first.url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);

    await first.stop();
    expect(await portIsFree(port)).toBe(true);

    const again = await startEmbeddedDatabase({ dataDir, port });
    try {
      expect(await query(again.url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
    } finally {
      await again.stop();
    }
  });

  it.each(["SIGTERM", "SIGINT"] as const)("stops the server cleanly when the app process gets %s", async (signal) => {
    const dataDir = newDataDir();
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "test/fixtures/hold-database.ts"], {
      env: { ...process.env, EMBEDDED_DATABASE_DIR: dataDir, EMBEDDED_DATABASE_PORT: String(port), DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk) => String(chunk).includes("READY") && resolve());
      child.on("exit", () => reject(new Error("fixture exited before it was ready")));
    });
    const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);

    child.kill(signal);
    await exited;

    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false); // removed only by a clean shutdown
    expect(() => process.kill(pid, 0)).toThrow();
    expect(await portIsFree(port)).toBe(true);
  });
});
