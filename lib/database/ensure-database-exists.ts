import pg from "pg";

export class DatabaseSetupError extends Error {
  name = "DatabaseSetupError";
}

const INVALID_CATALOG_NAME = "3D000"; // PostgreSQL: the named database does not exist

/**
 * Connects to the database in `url`, creating it first (through the server's `postgres`
 * maintenance database) when the server says it does not exist. Any other failure to connect
 * becomes a message that names the server, without the password.
 */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const where = `${target.hostname}:${target.port || 5432}`;
  try {
    await withClient(url, () => Promise.resolve());
    return;
  } catch (error) {
    if (!hasCode(error, INVALID_CATALOG_NAME)) {
      throw new DatabaseSetupError(`Cannot connect to the database "${name}" on ${where}: ${describe(error)}`);
    }
  }
  try {
    await withClient(maintenanceUrl(url), (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  } catch (error) {
    if (hasCode(error, "42P04")) return; // created by a concurrent start-up
    throw new DatabaseSetupError(
      `The database "${name}" does not exist on ${where} and could not be created (${describe(error)}). Create it, then start again.`,
    );
  }
}

/** The same server and credentials, connected to the `postgres` maintenance database. */
export function maintenanceUrl(url: string): string {
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  return maintenance.toString();
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function hasCode(error: unknown, code: string) {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === code;
}

function describe(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}
