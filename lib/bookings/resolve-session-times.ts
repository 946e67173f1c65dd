import { ExpectedError } from "../errors/expected-error";
import type { StudioSettingsView } from "../studio/load-studio-settings";
import { type LocalDate, parseMinutes, wallClockToInstant, weekdayOf } from "../time/zoned-time";
import type { SessionTimesInput } from "./session-input-schema";

export type SessionTimes = { date: LocalDate; startsAt: Date; endsAt: Date; pricing: "HOURLY" | "DAY" };

const MAX_SESSION_MINUTES = 24 * 60;

/**
 * The instants of each session, from the studio's wall-clock: a time range on each date (an end
 * at or before the start runs past midnight), or, for a whole day without times, that weekday's
 * opening hours. Daylight-saving changes are handled by wallClockToInstant.
 */
export function resolveSessionTimes(settings: StudioSettingsView, input: SessionTimesInput): SessionTimes[] {
  const pricing = input.wholeDay ? "DAY" : "HOURLY";
  return [...input.dates].sort().map((date) => {
    let start: number;
    let end: number;
    if (input.startTime && input.endTime) {
      start = parseMinutes(input.startTime)!;
      end = parseMinutes(input.endTime)!;
      if (end <= start) end += 1440;
    } else {
      const hours = settings.openingHours.find((row) => row.weekday === weekdayOf(date));
      if (!hours) throw new ExpectedError("booking-invalid", { fieldErrors: { startTime: [`The studio is closed on ${date}: give start and end times to book it anyway.`] } });
      start = hours.opensAt;
      end = hours.closesAt;
    }
    const startsAt = wallClockToInstant(date, start, settings.timeZone);
    const endsAt = wallClockToInstant(date, end, settings.timeZone);
    const minutes = (endsAt.getTime() - startsAt.getTime()) / 60_000;
    if (minutes <= 0 || minutes > MAX_SESSION_MINUTES) {
      throw new ExpectedError("booking-invalid", { fieldErrors: { endTime: ["A session lasts at most 24 hours; book longer work as several days."] } });
    }
    return { date, startsAt, endsAt, pricing };
  });
}
