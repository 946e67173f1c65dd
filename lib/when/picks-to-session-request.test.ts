import { describe, expect, it } from "vitest";
import { testCalendar } from "@/test/support/when-fixtures";
import { picksToSessionRequest } from "./picks-to-session-request";
import { emptySelection, type Pick } from "./when-selection";

// Summer time: 10:00 in London is 09:00 UTC.
const calendar = testCalendar({ today: "2026-06-01", days: 40 });
const ask = (picks: Pick[], room = calendar.roomId) => picksToSessionRequest({ ...emptySelection, room, picks }, calendar);

describe("picksToSessionRequest", () => {
  it("turns picks into the studio's instants", () => {
    expect(ask([{ date: "2026-06-02", kind: "full" }, { date: "2026-06-03", kind: "half", start: 960 }, { date: "2026-06-04", kind: "hourly", start: 660, hours: 3 }])).toEqual({
      problems: [],
      sessionRequest: {
        roomId: calendar.roomId,
        blocks: [
          { start: "2026-06-02T09:00:00.000Z", end: "2026-06-02T21:00:00.000Z" },
          { start: "2026-06-03T15:00:00.000Z", end: "2026-06-03T21:00:00.000Z" },
          { start: "2026-06-04T10:00:00.000Z", end: "2026-06-04T13:00:00.000Z" },
        ],
      },
    });
  });

  it("asks for nothing without picks, or when the artist describes when in words", () => {
    expect(ask([])).toEqual({ problems: [] });
    expect(picksToSessionRequest({ ...emptySelection, room: calendar.roomId, skip: true, picks: [{ date: "2026-06-02", kind: "full" }] }, calendar)).toEqual({ problems: [] });
  });

  it("says, in the artist's terms, what no pick can be", () => {
    const { problems, sessionRequest } = ask([
      { date: "2026-05-29", kind: "full" },
      { date: "2026-06-07", kind: "full" },
      { date: "2026-06-09", kind: "half", start: 720 },
      { date: "2026-06-10", kind: "hourly", start: 1260, hours: 2 },
      { date: "2026-06-11", kind: "hourly", start: 600, hours: 1 },
      { date: "2026-12-01", kind: "full" },
    ]);
    expect(sessionRequest).toBeUndefined();
    expect(problems).toEqual([
      "Full day on Friday 29 May 2026: that day has passed; pick a later one.",
      "Full day on Sunday 7 June 2026: the studio is closed that day.",
      "Half day on Tuesday 9 June 2026: half days start at 10:00 or 16:00.",
      "2 hours on Wednesday 10 June 2026 is outside opening hours (10:00–22:00 BST).",
      "1 hour on Thursday 11 June 2026: hours are booked 2 or more at a time.",
      "Full day on Tuesday 1 December 2026: the calendar goes up to 10 July 2026; describe later dates in words.",
    ]);
  });

  it("refuses a lockout short of its run, a room that is gone, and more than ten blocks", () => {
    expect(ask([{ date: "2026-06-02", kind: "lockout" }, { date: "2026-06-03", kind: "lockout" }]).problems).toEqual(["A lockout is at least 3 days in a row: add days next to Tue 2 Jun, Wed 3 Jun, or pick full days instead."]);
    expect(ask([{ date: "2026-06-02", kind: "full" }], "11111111-2222-4333-8444-555555555555").problems[0]).toMatch(/can no longer be booked/);
    const eleven = Array.from({ length: 11 }, (_, index): Pick => ({ date: "2026-06-02", kind: "hourly", start: 600 + index * 60, hours: 1 }));
    expect(ask(eleven).problems).toEqual(["Ask for at most 10 blocks of time in one inquiry; remove 1, or describe the rest in words."]);
  });
});
