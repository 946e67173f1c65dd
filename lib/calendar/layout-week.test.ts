import { describe, expect, it } from "vitest";
import type { CalendarSession } from "./find-live-sessions";
import { layoutWeek } from "./layout-week";

const LONDON = "Europe/London";
const NEW_YORK = "America/New_York";
// British Summer Time began on Sunday 29 March 2026 and ends on Sunday 25 October 2026.
const WEEK_OF_SPRING_CHANGE = ["2026-03-23", "2026-03-24", "2026-03-25", "2026-03-26", "2026-03-27", "2026-03-28", "2026-03-29"];
const WEEK_AFTER_SPRING_CHANGE = ["2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2026-04-05"];
const WEEKDAYS_10_TO_22 = [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opensAt: 600, closesAt: 1320 }));

let counter = 0;
function session(startsAt: string, endsAt: string, overrides: Partial<CalendarSession> = {}): CalendarSession {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`,
    inquiryId: "10000000-0000-4000-8000-000000000000",
    reference: "SD-TEST1",
    status: "HOLD",
    roomId: "20000000-0000-4000-8000-000000000000",
    roomName: "Room A",
    startsAt: new Date(startsAt),
    endsAt: new Date(endsAt),
    sequence: 0,
    people: [],
    ...overrides,
  };
}

const layout = (days: string[], sessions: CalendarSession[], timeZone = LONDON, extra: Partial<Parameters<typeof layoutWeek>[0]> = {}) =>
  layoutWeek({ days, sessions, timeZone, openingHours: WEEKDAYS_10_TO_22, closures: [], today: "2000-01-01", ...extra });

const placed = (week: ReturnType<typeof layoutWeek>) =>
  week.days.flatMap((day) => day.segments.map((segment) => [day.date, segment.startMinutes, segment.endMinutes, segment.continuesFromPreviousDay, segment.continuesToNextDay]));

describe("layoutWeek", () => {
  it("places a session by the studio's wall clock after the clocks go forward", () => {
    // 09:00 to 13:00 UTC is 10:00 to 14:00 in British Summer Time.
    const week = layout(WEEK_AFTER_SPRING_CHANGE, [session("2026-03-30T09:00:00Z", "2026-03-30T13:00:00Z")]);
    expect(placed(week)).toEqual([["2026-03-30", 600, 840, false, false]]);
    // The same UTC times a week earlier, in GMT, are an hour earlier on the wall clock.
    expect(placed(layout(WEEK_OF_SPRING_CHANGE, [session("2026-03-23T09:00:00Z", "2026-03-23T13:00:00Z")]))).toEqual([["2026-03-23", 540, 780, false, false]]);
  });

  it("cuts a session that runs past midnight into one piece per day", () => {
    // Friday 22:00 BST to Saturday 02:00 BST.
    const week = layout(WEEK_AFTER_SPRING_CHANGE, [session("2026-04-03T21:00:00Z", "2026-04-04T01:00:00Z")]);
    expect(placed(week)).toEqual([
      ["2026-04-03", 1320, 1440, false, true],
      ["2026-04-04", 0, 120, true, false],
    ]);
    // Both pieces are shown, so the grid runs from midnight to midnight.
    expect([week.startMinutes, week.endMinutes]).toEqual([0, 1440]);
  });

  it("keeps a session that ends exactly at midnight on its own day", () => {
    const week = layout(WEEK_AFTER_SPRING_CHANGE, [session("2026-03-31T19:00:00Z", "2026-03-31T23:00:00Z")]);
    expect(placed(week)).toEqual([["2026-03-31", 1200, 1440, false, false]]);
  });

  it("spans a whole short day when the clocks go forward, by the wall clock", () => {
    // Sunday 00:00 GMT to 12:00 BST, across the missing hour: 11 hours, 12 on the wall clock.
    const week = layout(WEEK_OF_SPRING_CHANGE, [session("2026-03-29T00:00:00Z", "2026-03-29T11:00:00Z")]);
    expect(placed(week)).toEqual([["2026-03-29", 0, 720, false, false]]);
  });

  it("keeps a block's length in the repeated hour when the clocks go back", () => {
    // 01:30 BST to 01:30 GMT on Sunday 25 October 2026: an hour that reads as no time on the clock.
    const week = layout(["2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23", "2026-10-24", "2026-10-25"], [session("2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z")]);
    expect(placed(week)).toEqual([["2026-10-25", 90, 150, false, false]]);
  });

  it("cuts only the part inside the week, in New York too", () => {
    // Sunday 8 March 2026 is the change in New York; the session starts the Sunday before the week.
    const days = ["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14", "2026-03-15"];
    const week = layout(days, [session("2026-03-09T03:00:00Z", "2026-03-09T14:00:00Z")], NEW_YORK);
    // 23:00 EDT on Sunday to 10:00 EDT on Monday: only Monday's part is this week's.
    expect(placed(week)).toEqual([["2026-03-09", 0, 600, true, false]]);
  });

  it("describes each day's opening hours, closures and today", () => {
    const week = layout(WEEK_AFTER_SPRING_CHANGE, [], LONDON, {
      closures: [{ id: "c", startsOn: "2026-04-03", endsOn: "2026-04-06", reason: "Easter" }],
      today: "2026-04-01",
    });
    expect(week.days.map((day) => [day.date, day.open, day.closures, day.isToday])).toEqual([
      ["2026-03-30", { opensAt: 600, closesAt: 1320 }, [], false],
      ["2026-03-31", { opensAt: 600, closesAt: 1320 }, [], false],
      ["2026-04-01", { opensAt: 600, closesAt: 1320 }, [], true],
      ["2026-04-02", { opensAt: 600, closesAt: 1320 }, [], false],
      ["2026-04-03", null, ["Easter"], false],
      ["2026-04-04", null, ["Easter"], false],
      ["2026-04-05", null, ["Easter"], false],
    ]);
    expect([week.startMinutes, week.endMinutes]).toEqual([600, 1320]);
  });

  it("shows whole hours around the opening hours and sessions, or a working day when there is nothing", () => {
    const early = layout(WEEK_AFTER_SPRING_CHANGE, [session("2026-03-31T07:15:00Z", "2026-03-31T08:00:00Z")]);
    expect([early.startMinutes, early.endMinutes]).toEqual([8 * 60, 22 * 60]);
    const empty = layout(WEEK_AFTER_SPRING_CHANGE, [], LONDON, { openingHours: [] });
    expect([empty.startMinutes, empty.endMinutes]).toEqual([9 * 60, 18 * 60]);
  });
});
