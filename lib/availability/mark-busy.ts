/** A busy stretch of a room as epoch milliseconds, half-open: [start, end). */
export type BusyInterval = [start: number, end: number];

/**
 * Which of `slots` (in time order) are free: not started by `now` and overlapping none of `busy`
 * (half-open, so a session ending at 14:00 leaves the 14:00 slot free). The intervals are merged
 * first, then walked once beside the slots, so the cost is linear after the sort.
 */
export function markBusy(slots: { startsAt: Date; endsAt: Date }[], busy: BusyInterval[], now: Date): boolean[] {
  const merged: BusyInterval[] = [];
  for (const [start, end] of [...busy].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const nowMs = now.getTime();
  let next = 0;
  return slots.map(({ startsAt, endsAt }) => {
    const start = startsAt.getTime();
    const end = endsAt.getTime();
    if (start <= nowMs) return false;
    // Intervals that end by this slot's start end before every later slot too.
    while (next < merged.length && merged[next]![1] <= start) next++;
    return !(next < merged.length && merged[next]![0] < end);
  });
}
