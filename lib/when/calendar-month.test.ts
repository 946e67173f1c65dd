import { describe, expect, it } from "vitest";
import { monthGrid } from "./calendar-month";
import { testCalendar } from "@/test/support/when-fixtures";

describe("monthGrid", () => {
  const calendar = testCalendar({ today: "2026-11-10", days: 51, overrides: { "2026-11-12": { full: false, half: [960], busy: [[600, 960]] } } });

  it("lays a month out in weeks from Monday, with blanks either side", () => {
    const grid = monthGrid("2026-11", calendar, "full", []);
    expect(grid.title).toBe("November 2026");
    // 1 November 2026 is a Sunday: six blanks before it; the 30th is a Monday.
    expect(grid.weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(grid.weeks[0]![6]!.date).toBe("2026-11-01");
    expect(grid.weeks.at(-1)!.filter(Boolean).map((cell) => cell!.date)).toEqual(["2026-11-30"]);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
  });

  it("says of each day, in full, whether it has the kind free", () => {
    const cells = new Map(monthGrid("2026-11", calendar, "full", [{ date: "2026-11-13", kind: "full" }]).weeks.flat().flatMap((cell) => (cell ? [[cell.date, cell]] : [])));
    expect(cells.get("2026-11-09")).toMatchObject({ bookable: false, free: false, label: "Monday 9 November 2026, not bookable" });
    expect(cells.get("2026-11-10")).toMatchObject({ bookable: true, free: true, today: true, label: "Tuesday 10 November 2026, free for a full day" });
    expect(cells.get("2026-11-12")).toMatchObject({ free: false, label: "Thursday 12 November 2026, no free full day" });
    expect(cells.get("2026-11-13")).toMatchObject({ free: true, picked: 1, label: "Friday 13 November 2026, free for a full day, 1 picked" });
    expect(cells.get("2026-11-15")).toMatchObject({ closed: true, free: false, label: "Sunday 15 November 2026, the studio is closed" });
  });

  it("counts a half day free where one of its starts is", () => {
    const cells = monthGrid("2026-11", calendar, "half", []).weeks.flat();
    expect(cells.find((cell) => cell?.date === "2026-11-12")).toMatchObject({ free: true, label: "Thursday 12 November 2026, free half days from 16:00 GMT" });
  });

  it("offers the months either side only within the calendar", () => {
    expect(monthGrid("2026-11", calendar, "full", [])).toMatchObject({ previous: null, next: "2026-12" });
    expect(monthGrid("2026-12", calendar, "full", [])).toMatchObject({ previous: "2026-11", next: null });
  });
});
