// When to try a failed email again: exponential backoff with jitter, so that after an outage the
// instances do not all retry in lock-step. The first retry comes within 30 s and the ceiling
// doubles up to 4 h; a message still undelivered a day after it was due is marked dead for an
// admin to look at (MAX_ATTEMPTS only guards against a clock gone wrong).

export const GIVE_UP_AFTER_MS = 24 * 3_600_000;
export const MAX_ATTEMPTS = 30;
const BASE_MS = 30_000;
const CAP_MS = 4 * 3_600_000;

/** Delay before the next attempt, given that attempt number `attempt` (1-based) just failed. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  // Between half the ceiling and all of it, so retries spread out without ever bunching at zero.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Whether a message that just failed should be given up on. */
export function shouldGiveUp({ attempts, dueAt }: { attempts: number; dueAt: Date }, now: Date): boolean {
  return attempts >= MAX_ATTEMPTS || now.getTime() - dueAt.getTime() >= GIVE_UP_AFTER_MS;
}
