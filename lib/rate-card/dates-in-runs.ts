// Consecutive calendar dates, with no time-zone library: the lockout rule on the server, and the
// estimate the "when" picker works out in the browser, read runs the same way.
type LocalDate = string;

const nextDate = (date: LocalDate) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The dates of `dates` (sorted, unique) that sit in runs of at least `minDays` consecutive
 * dates: where a lockout can be booked, or the lockout days an estimate prices as one.
 */
export function datesInRuns(dates: LocalDate[], minDays: number): Set<LocalDate> {
  const result = new Set<LocalDate>();
  let run: LocalDate[] = [];
  const close = () => {
    if (run.length >= minDays) run.forEach((date) => result.add(date));
    run = [];
  };
  for (const date of dates) {
    if (run.length > 0 && nextDate(run.at(-1)!) !== date) close();
    run.push(date);
  }
  close();
  return result;
}
