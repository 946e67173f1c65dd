import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedDatabaseError, startEmbeddedDatabase } from "./embedded-postgres";
import { findFreePort, portIsFree } from "./port-is-free";

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
    const file = `${newDataDir()}.file`;
    writeFileSync(file, "");
    await expect(startEmbeddedDatabase({ dataDir: file, port: await findFreePort() })).rejects.toThrow(
      `${file} exists but is not a folder`,
    );
  });

  it("refuses a non-empty folder that is not a database", async () => {
    const dir = newDataDir();
    mkdirSync(dir);
    writeFileSync(path.join(dir, "notes.txt"), "mine");
    await expect(startEmbeddedDatabase({ dataDir: dir, port: await findFreePort() })).rejects.toThrow(
      `${dir} is not empty and is not a PostgreSQL data folder`,
    );
  });

  it("creates, stops, and starts again with the data kept; a second opener reuses the running server", async () => {
    const dataDir = newDataDir();
    const port = await findFreePort();
    const first = await startEmbeddedDatabase({ dataDir, port });
    expect(first.ownedByThisProcess).toBe(true);
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");

    const second = await startEmbeddedDatabase({ dataDir, port: await findFreePort() });
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

  it.each(["SIGTERM", "SIGINT"] as const)("on %s, stops the app first and the database after it", async (signal) => {
    const dataDir = newDataDir();
    const port = await findFreePort();
    const fixture = spawn(process.execPath, ["--import", "tsx", "test/fixtures/hold-database.ts"], {
      env: { ...process.env, EMBEDDED_DATABASE_DIR: dataDir, EMBEDDED_DATABASE_PORT: String(port), DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    const exited = new Promise<number | null>((resolve) => fixture.on("exit", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      fixture.stdout.on("data", (chunk) => {
        output += chunk;
        if (output.includes("READY")) resolve();
      });
      fixture.on("exit", () => reject(new Error(`fixture exited before it was ready: ${output}`)));
    });
    const postgresPid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);

    fixture.kill(signal);
    expect(await exited).toBe(0);

    // The child could still query the database while draining, so it stopped first.
    const drained = output.match(/CHILD DRAINED (\d+) 1/);
    expect(drained, output).not.toBeNull();
    expect(() => process.kill(Number(drained![1]), 0)).toThrow();
    // Then the database stopped cleanly: PostgreSQL removes postmaster.pid only on a clean shutdown.
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
    expect(() => process.kill(postgresPid, 0)).toThrow();
    expect(await portIsFree(port)).toBe(true);
  });

  it("starts normally when postmaster.pid names a live process that is not the database", async () => {
    const dataDir = newDataDir();
    const first = await startEmbeddedDatabase({ dataDir, port: await findFreePort() });
    await first.stop();
    // As after a reboot: the recorded pid now belongs to some other process (this one).
    writeFileSync(path.join(dataDir, "postmaster.pid"), `${process.pid}\n${dataDir}\n0\n${await findFreePort()}\n`);
    const again = await startEmbeddedDatabase({ dataDir, port: await findFreePort() });
    try {
      expect(again.ownedByThisProcess).toBe(true);
      expect(await query(again.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    } finally {
      await again.stop();
    }
  });
});
