// When to try a failed email again: exponential backoff with "full jitter" (a random delay up to
// the exponential cap), so that after an outage the instances do not all retry in lock-step.
// The first retry comes within 30 s; the ceiling doubles to 4 h; after MAX_ATTEMPTS (about a
// day in all) the message is marked dead for an admin to look at.

export const MAX_ATTEMPTS = 14;
const BASE_MS = 30_000;
const CAP_MS = 4 * 3_600_000;

/** Delay before attempt number `attempt + 1`, given that attempt number `attempt` just failed. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  // Never less than half the ceiling, so retries still spread out over the day.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
