// The billing settings are one row that every spec on a server shares. The specs that change
// them, or send proposals that depend on them, take turns: each holds a PostgreSQL advisory lock
// on a connection of its own for as long as it runs.
import pg from "pg";
import { projectDatabaseUrl } from "./staff";

const BILLING_SETTINGS_LOCK = 74_2013;

/** Waits for the billing settings to be free, then holds them; call the answer to let go. */
export async function takeBillingSettingsTurn(): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: await projectDatabaseUrl() });
  await client.connect();
  await client.query("SELECT pg_advisory_lock($1)", [BILLING_SETTINGS_LOCK]);
  return async () => {
    await client.query("SELECT pg_advisory_unlock($1)", [BILLING_SETTINGS_LOCK]).catch(() => {});
    await client.end();
  };
}
