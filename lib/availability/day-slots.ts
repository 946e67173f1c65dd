import { wallClockToInstant, type LocalDate } from "../time/zoned-time";

export type DaySlot = {
  startsAt: Date;
  endsAt: Date;
  /** The slot's wall-clock start and end in minutes after local midnight (for display). */
  startMinutes: number;
  endMinutes: number;
};

const MINUTE_MS = 60_000;

/**
 * One day's opening hours as slots that start on the hour (a part hour at either end is a
 * shorter slot), with their instants in the studio's zone. On a day whose clocks change within
 * the opening hours every boundary goes through the zone; on any other day the hours between
 * opening and closing are the same length on the clock as in real time, so two conversions do.
 */
export function daySlots(date: LocalDate, { opensAt, closesAt }: { opensAt: number; closesAt: number }, timeZone: string): DaySlot[] {
  const boundaries = [opensAt];
  for (let minutes = (Math.floor(opensAt / 60) + 1) * 60; minutes < closesAt; minutes += 60) boundaries.push(minutes);
  boundaries.push(closesAt);

  const opens = wallClockToInstant(date, opensAt, timeZone).getTime();
  const closes = wallClockToInstant(date, closesAt, timeZone).getTime();
  const steady = closes - opens === (closesAt - opensAt) * MINUTE_MS;
  const instants = boundaries.map((minutes) =>
    steady ? opens + (minutes - opensAt) * MINUTE_MS : wallClockToInstant(date, minutes, timeZone).getTime(),
  );

  const slots: DaySlot[] = [];
  for (let index = 0; index + 1 < boundaries.length; index++) {
    // The hour skipped when clocks go forward has no length: it is not a slot.
    if (instants[index + 1]! <= instants[index]!) continue;
    slots.push({
      startsAt: new Date(instants[index]!),
      endsAt: new Date(instants[index + 1]!),
      startMinutes: boundaries[index]!,
      endMinutes: boundaries[index + 1]!,
    });
  }
  return slots;
}
