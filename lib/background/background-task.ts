import type { Database } from "../database/create-prisma-client";

/** What a task's run gets: the database and who is running it. */
export type TaskContext = { db: Database; workerId: string; now: () => Date };

/**
 * One named piece of background work. `exclusive` tasks run at most once at a time across every
 * instance, and once per `everyMs` in all (their schedule lives in the BackgroundTask table);
 * the others run in every worker, each on its own timer, because they share their work safely
 * row by row (email delivery claims rows with FOR UPDATE SKIP LOCKED).
 */
export type BackgroundTask = {
  name: string;
  everyMs: number;
  exclusive: boolean;
  /** Longest a run may hold an exclusive task before another instance may take it over. */
  leaseMs?: number;
  /** Does the work; answers what it did, in a few words, for the System page. */
  run(context: TaskContext): Promise<string>;
};
