/** Latency figures from a list of durations in milliseconds. */
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  return sortedMs[Math.min(sortedMs.length - 1, Math.floor((p / 100) * sortedMs.length))];
}

export type LoadResult = { ok: number; failed: number; seconds: number; p50: number; p99: number; statuses: Record<number, number> };

/**
 * Keeps `concurrency` requests in flight for `seconds`, each made by `request(i)`, and reports
 * the ones answered with `okStatus`. Bounded by time: every worker stops at the deadline.
 */
export async function runLoad(
  request: (i: number) => Promise<Response>,
  { concurrency, seconds, okStatus }: { concurrency: number; seconds: number; okStatus: number },
): Promise<LoadResult> {
  const durations: number[] = [];
  const statuses: Record<number, number> = {};
  let counter = 0;
  let failed = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const begin = performance.now();
        try {
          const response = await request(counter++);
          await response.arrayBuffer();
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
          if (response.status === okStatus) durations.push(performance.now() - begin);
          else failed++;
        } catch {
          failed++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  return { ok: durations.length, failed, seconds: elapsed, p50: percentile(durations, 50), p99: percentile(durations, 99), statuses };
}
