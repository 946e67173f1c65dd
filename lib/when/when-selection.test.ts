import { describe, expect, it } from "vitest";
import { formatPick, parsePick, parseWhenSelection, whenQuery } from "./when-selection";

const ROOM = "0B8F3D4E-2C1A-4F5B-9D6E-7A8B9C0D1E2F";

describe("picks in the address", () => {
  it("reads and writes each kind the same way", () => {
    for (const value of ["2026-12-04_full", "2026-12-05_lockout", "2026-12-07_half_1000", "2026-12-08_hourly_1100_3"]) {
      expect(formatPick(parsePick(value)!)).toBe(value);
    }
    expect(parsePick("2026-12-07_half_1600")).toEqual({ date: "2026-12-07", kind: "half", start: 960 });
    expect(parsePick("2026-12-08_hourly_1100_3")).toEqual({ date: "2026-12-08", kind: "hourly", start: 660, hours: 3 });
  });

  it("refuses what is not a pick", () => {
    for (const value of ["", "2026-02-30_full", "2026-12-04", "2026-12-04_week", "2026-12-04_full_1000", "2026-12-04_half", "2026-12-04_half_2460", "2026-12-04_hourly_1000", "2026-12-04_hourly_1000_0", "2026-12-04_hourly_1000_25", "2026-12-04_half_1000_2"]) {
      expect(parsePick(value), value).toBeNull();
    }
  });
});

describe("parseWhenSelection", () => {
  it("keeps what is valid, sorted and once, and says what it dropped", () => {
    const params = new URLSearchParams([
      ["room", ROOM],
      ["kind", "half"],
      ["month", "2026-12"],
      ["day", "2026-12-07"],
      ["pick", "2026-12-07_half_1600"],
      ["pick", "2026-12-04_full\n2026-12-07_half_1000"],
      ["pick", "2026-12-04_full"],
      ["pick", "next tuesday"],
    ]);
    const { selection, notices } = parseWhenSelection(params);
    expect(selection).toEqual({
      room: ROOM.toLowerCase(),
      kind: "half",
      month: "2026-12",
      day: "2026-12-07",
      picks: [
        { date: "2026-12-04", kind: "full" },
        { date: "2026-12-07", kind: "half", start: 600 },
        { date: "2026-12-07", kind: "half", start: 960 },
      ],
      skip: false,
    });
    expect(notices).toEqual(["“next tuesday” is not a time we can read; pick it again on the calendar."]);
  });

  it("ignores a room, kind, month or day that is not one", () => {
    const { selection } = parseWhenSelection(new URLSearchParams("room=1;drop&kind=week&month=2026-13&day=2026-12-32&skip=1"));
    expect(selection).toEqual({ room: null, kind: null, month: null, day: null, picks: [], skip: true });
  });

  it("carries at most twenty picks", () => {
    const picks = Array.from({ length: 25 }, (_, index) => ["pick", `2026-12-${String(index + 1).padStart(2, "0")}_full`]);
    const { selection, notices } = parseWhenSelection(new URLSearchParams(picks));
    expect(selection.picks).toHaveLength(20);
    expect(notices).toEqual(["Only the first 20 times were kept."]);
  });

  it("writes a readable address that reads back the same", () => {
    const { selection } = parseWhenSelection(new URLSearchParams(`room=${ROOM}&kind=full&pick=2026-12-05_half_1000&pick=2026-12-04_full`));
    const query = whenQuery(selection, { role: "ENGINEER", unused: undefined });
    expect(query.toString()).toBe(`role=ENGINEER&room=${ROOM.toLowerCase()}&kind=full&pick=2026-12-04_full&pick=2026-12-05_half_1000`);
    expect(parseWhenSelection(query).selection).toEqual(selection);
  });
});
