// Waking the workers of other processes when there is work for them now (mail just queued by a
// web process that runs no background work itself): PostgreSQL's LISTEN/NOTIFY, so a separate
// worker sends a sign-in link within milliseconds rather than at its next poll.
import pg from "pg";
import { driverPoolOf, type Database } from "../database/create-prisma-client";

const CHANNEL = "studio_desk_background";
const RECONNECT_MS = 5_000;

/** Asks every listening worker to run `taskName` now. Best effort: the workers also poll. */
export async function wakeWorkers(db: Database, taskName: string): Promise<void> {
  // Through the driver: a busy intake sends these beside every few inquiries (driverPoolOf).
  await driverPoolOf(db).query("SELECT pg_notify($1, $2)", [CHANNEL, taskName]);
}

const wakesInFlight = new Map<string, { again: boolean }>();

/**
 * wakeWorkers without the wait, coalesced: a busy intake asks for a wake-up per inquiry, and
 * one notification in flight at a time does for all of them. A request that arrives while one
 * is in flight gets one more after it, so every request is followed by a notification sent
 * after it was made (after its mail was committed) and no queued mail waits for the next poll.
 */
export function requestWake(db: Database, taskName: string, log: (line: string, error: unknown) => void = console.error): void {
  const inFlight = wakesInFlight.get(taskName);
  if (inFlight) {
    inFlight.again = true;
    return;
  }
  const entry = { again: false };
  wakesInFlight.set(taskName, entry);
  const send = (): void => {
    wakeWorkers(db, taskName)
      .catch((error) => log("[background] could not wake the workers; they will find the work at their next poll:", error))
      .finally(() => {
        if (!entry.again) return void wakesInFlight.delete(taskName);
        entry.again = false;
        send();
      });
  };
  send();
}

/**
 * Listens for wake-ups on a connection of its own (LISTEN needs one that stays open; the pool's
 * connections come and go), reconnecting after a lost connection. Returns a stop function.
 */
export function listenForWakeups(databaseUrl: string, onWake: (taskName: string) => void, log: (line: string, error?: unknown) => void = console.error): () => Promise<void> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client({ connectionString: databaseUrl, application_name: "studio-desk worker wake-ups" });
    next.on("notification", (message) => message.payload && onWake(message.payload));
    next.on("error", (error) => {
      log("[background] the wake-up connection was lost; reconnecting", error);
      next.end().catch(() => {});
      if (!stopped) retry = setTimeout(connect, RECONNECT_MS);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      client = next;
    } catch (error) {
      log("[background] could not listen for wake-ups; polling only until it can", error);
      next.end().catch(() => {});
      if (!stopped) retry = setTimeout(connect, RECONNECT_MS);
    }
  };
  void connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}
