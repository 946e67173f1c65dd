import type { ClosureView } from "../studio/list-closures";
import type { StudioSettingsView } from "../studio/load-studio-settings";
import { formatMinutes, instantToWallClock } from "../time/zoned-time";

const WEEKDAYS = ["", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"];

/**
 * Why a session from `startsAt` to `endsAt` is outside the studio's hours, or null when it is
 * within them: it must start and end within one day's opening hours, on a day that is not closed.
 */
export function openingHoursProblem(settings: StudioSettingsView, closures: ClosureView[], startsAt: Date, endsAt: Date): string | null {
  const start = instantToWallClock(startsAt, settings.timeZone);
  const end = instantToWallClock(endsAt, settings.timeZone);
  const closure = closures.find((c) => c.startsOn <= start.date && start.date <= c.endsOn);
  if (closure) return `The studio is closed on ${start.date} (${closure.reason}).`;
  const hours = settings.openingHours.find((row) => row.weekday === start.weekday);
  if (!hours) return `The studio is closed on ${WEEKDAYS[start.weekday]}.`;
  // An end at local midnight reads as 00:00 of the next day; within the day it is 24:00.
  const endMinutes = end.date > start.date && end.minutes === 0 ? 1440 : end.date === start.date ? end.minutes : Infinity;
  if (start.minutes < hours.opensAt || endMinutes > hours.closesAt) {
    return `On ${WEEKDAYS[start.weekday]} the studio is open ${formatMinutes(hours.opensAt)}–${formatMinutes(hours.closesAt)}.`;
  }
  return null;
}
