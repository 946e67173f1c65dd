/**
 * Wraps a probe so that its callers share one run: everyone who asks while it runs, or within
 * `reuseMs` after it settled, gets the same answer. A probe anyone may call (readiness) then
 * costs at most one run per period however many ask, and a hung dependency is not asked again
 * by every caller in turn.
 */
export function shareRecentResult<T>(probe: () => Promise<T>, { reuseMs, now = Date.now }: { reuseMs: number; now?: () => number }): () => Promise<T> {
  let current: { result: Promise<T>; settledAt: number | null } | undefined;
  return () => {
    if (current && (current.settledAt === null || now() - current.settledAt < reuseMs)) return current.result;
    const run: { result: Promise<T>; settledAt: number | null } = { result: Promise.resolve(undefined as T), settledAt: null };
    run.result = probe().finally(() => {
      run.settledAt = now();
    });
    current = run;
    return run.result;
  };
}
