import { describe, expect, it } from "vitest";
import { formatSessionRange } from "./format-session-time";

describe("formatSessionRange", () => {
  it("shows the studio's local times with the zone's name on each side of a clock change", () => {
    expect(formatSessionRange(new Date("2026-03-27T10:00:00Z"), new Date("2026-03-27T14:00:00Z"), "Europe/London")).toBe("Fri, 27 Mar 2026, 10:00 GMT – 14:00 GMT");
    expect(formatSessionRange(new Date("2026-03-30T09:00:00Z"), new Date("2026-03-30T13:00:00Z"), "Europe/London")).toBe("Mon, 30 Mar 2026, 10:00 BST – 14:00 BST");
    expect(formatSessionRange(new Date("2026-03-09T14:00:00Z"), new Date("2026-03-09T18:00:00Z"), "America/New_York")).toBe("Mon, 9 Mar 2026, 10:00 EDT – 14:00 EDT");
    expect(formatSessionRange(new Date("2026-11-02T15:00:00Z"), new Date("2026-11-02T19:00:00Z"), "America/New_York")).toBe("Mon, 2 Nov 2026, 10:00 EST – 14:00 EST");
  });

  it("keeps an offset where no common name exists, and names both days past midnight", () => {
    expect(formatSessionRange(new Date("2026-07-01T20:00:00Z"), new Date("2026-07-02T01:00:00Z"), "Europe/London")).toBe("Wed, 1 Jul 2026, 21:00 BST – Thu, 2 Jul 2026, 02:00 BST");
    expect(formatSessionRange(new Date("2026-07-01T08:00:00Z"), new Date("2026-07-01T10:00:00Z"), "Asia/Kolkata")).toBe("Wed, 1 Jul 2026, 13:30 GMT+5:30 – 15:30 GMT+5:30");
  });

  it("ends a session at midnight on the day it started", () => {
    expect(formatSessionRange(new Date("2026-12-01T20:00:00Z"), new Date("2026-12-02T00:00:00Z"), "Europe/London")).toBe("Tue, 1 Dec 2026, 20:00 GMT – 00:00 GMT");
  });
});
