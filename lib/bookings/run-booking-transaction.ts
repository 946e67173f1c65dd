// Booking writes race each other by design, and PostgreSQL settles the race. Two things about
// that race need handling here:
// - Two transactions inserting clashing rows at the same instant can each find the other's
//   uncommitted row and wait for it; PostgreSQL breaks that deadlock by aborting one (40P01).
//   Run again, the aborted one sees the winner's committed row and gets the ordinary clash.
// - At a busy moment, writes queue for a connection and for those row waits instead of failing
//   after Prisma's default two seconds: a refused booking must say what it clashes with.
import type { Database } from "../database/create-prisma-client";
import { isDeadlock } from "../database/driver-error";
import type { Transaction } from "../database/transaction";

const MAX_ATTEMPTS = 5;
const OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

export async function runBookingTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, OPTIONS);
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isDeadlock(error)) throw error;
      // A short random pause, so the retried transactions do not collide in step again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
