import { describe, expect, it } from "vitest";
import { testCalendar } from "@/test/support/when-fixtures";
import { applyWhenOp } from "./apply-when-op";
import { emptySelection, type WhenSelection } from "./when-selection";

const calendar = testCalendar({ overrides: { "2026-11-05": { full: false, lockout: false, half: [960], hourly: [[960, 1320]], busy: [[600, 960]] } } });
const start: WhenSelection = { ...emptySelection, room: calendar.roomId };
const run = (ops: string[], selection = start, fields = {}) => ops.reduce((result, op) => applyWhenOp(result.selection, op, calendar, fields), { selection, notices: [] as string[] } as ReturnType<typeof applyWhenOp>);

describe("applyWhenOp", () => {
  it("choosing a kind shows the month of its first free day", () => {
    const result = run(["kind:full"]);
    expect(result.selection).toMatchObject({ kind: "full", month: "2026-11" });
    expect(result.notices[0]).toBe("Full day: days with one free are marked on the calendar; the first is Monday 2 November.");
    expect(result.focus).toBe("calendar");
  });

  it("a free day is picked and unpicked by pressing it, for full days", () => {
    const picked = run(["kind:full", "day:2026-11-03"]);
    expect(picked.selection.picks).toEqual([{ date: "2026-11-03", kind: "full" }]);
    expect(picked.notices[0]).toBe("Added: full day on Tuesday 3 November 2026, 10:00–22:00 GMT. 1 selected.");
    expect(run(["day:2026-11-03"], picked.selection).selection.picks).toEqual([]);
  });

  it("a taken or closed day is shown, not picked", () => {
    const taken = run(["kind:full", "day:2026-11-05"]);
    expect(taken.selection).toMatchObject({ day: "2026-11-05", picks: [] });
    expect(taken.notices[0]).toBe("Thursday 5 November: no free full day.");
    expect(run(["kind:full", "day:2026-11-08"]).notices[0]).toBe("Sunday 8 November: the studio is closed.");
  });

  it("a full day on one date and a half day on another go in one request", () => {
    const result = run(["kind:full", "day:2026-11-03", "kind:half", "day:2026-11-05", "add:2026-11-05_half_1600"]);
    expect(result.selection.picks).toEqual([
      { date: "2026-11-03", kind: "full" },
      { date: "2026-11-05", kind: "half", start: 960 },
    ]);
  });

  it("refuses a block that is not free, and says so", () => {
    const result = run(["kind:half", "add:2026-11-05_half_1000"]);
    expect(result.selection.picks).toEqual([]);
    expect(result.notices[0]).toBe("Half day on Thursday 5 November 2026 (10:00–16:00 GMT) is not free; choose another time.");
  });

  it("a pick that overlaps another that day replaces it", () => {
    const result = run(["add:2026-11-03_half_1000", "add:2026-11-03_half_1600", "add:2026-11-03_full"]);
    expect(result.selection.picks).toEqual([{ date: "2026-11-03", kind: "full" }]);
    expect(result.notices[0]).toContain("It replaces half day and half day that day.");
  });

  it("adds hours from the two fields, within the minimum and the free window", () => {
    expect(run(["hours:2026-11-05"], start, { hourlyStart: "16:00", hourlyHours: "3" }).selection.picks).toEqual([{ date: "2026-11-05", kind: "hourly", start: 960, hours: 3 }]);
    expect(run(["hours:2026-11-05"], start, { hourlyStart: "16:00", hourlyHours: "1" }).notices[0]).toBe("Hours are booked 2 or more at a time.");
    expect(run(["hours:2026-11-05"], start, { hourlyStart: "20:00", hourlyHours: "4" }).notices[0]).toBe("From 20:00 GMT there are 2 free hours that day; choose an earlier start or fewer hours.");
    expect(run(["hours:2026-11-05"], start, { hourlyStart: "11:00", hourlyHours: "2" }).selection.picks).toEqual([]);
  });

  it("holds at most ten picks", () => {
    const dates = ["02", "03", "04", "06", "07", "09", "10", "11", "12", "13"].map((day) => `add:2026-11-${day}_full`);
    const ten = run(dates);
    expect(ten.selection.picks).toHaveLength(10);
    const eleventh = run(["add:2026-11-14_full"], ten.selection);
    expect(eleventh.selection.picks).toHaveLength(10);
    expect(eleventh.notices[0]).toMatch(/up to 10 blocks/);
  });

  it("moves between months only within the calendar, and skips or comes back", () => {
    expect(run(["month:2027-05"]).selection.month).toBe("2026-12");
    expect(run(["month:2026-01"]).selection.month).toBe("2026-11");
    expect(run(["skip"]).selection.skip).toBe(true);
    expect(run(["skip", "unskip"]).selection.skip).toBe(false);
    expect(run(["nonsense:1"]).selection).toEqual(start);
  });
});
