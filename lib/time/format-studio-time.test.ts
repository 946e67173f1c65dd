import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDuration, formatStudioClock, formatStudioDate, formatStudioDateTime, formatStudioIsoTime, formatStudioRange } from "./format-studio-time";

const at = (iso: string) => new Date(iso);

describe("formatStudioDateTime", () => {
  it("shows winter and summer time in London as GMT and BST", () => {
    expect(formatStudioDateTime(at("2026-01-15T12:00:00Z"), "Europe/London")).toBe("15 Jan 2026, 12:00 GMT");
    expect(formatStudioDateTime(at("2026-07-15T12:00:00Z"), "Europe/London")).toBe("15 Jul 2026, 13:00 BST");
  });

  it("shows winter and summer time in New York as EST and EDT", () => {
    expect(formatStudioDateTime(at("2026-01-15T12:00:00Z"), "America/New_York")).toBe("15 Jan 2026, 07:00 EST");
    expect(formatStudioDateTime(at("2026-07-15T12:00:00Z"), "America/New_York")).toBe("15 Jul 2026, 08:00 EDT");
  });

  it("names central European time CET and CEST", () => {
    expect(formatStudioDateTime(at("2026-01-15T12:00:00Z"), "Europe/Paris")).toBe("15 Jan 2026, 13:00 CET");
    expect(formatStudioDateTime(at("2026-07-15T12:00:00Z"), "Europe/Paris")).toBe("15 Jul 2026, 14:00 CEST");
  });

  it("reads right either side of London's clock changes", () => {
    // 29 March 2026: 01:00 GMT becomes 02:00 BST.
    expect(formatStudioDateTime(at("2026-03-29T00:30:00Z"), "Europe/London")).toBe("29 Mar 2026, 00:30 GMT");
    expect(formatStudioDateTime(at("2026-03-29T01:30:00Z"), "Europe/London")).toBe("29 Mar 2026, 02:30 BST");
    // 25 October 2026: 02:00 BST becomes 01:00 GMT, so 01:30 happens twice; the zone tells them apart.
    expect(formatStudioDateTime(at("2026-10-25T00:30:00Z"), "Europe/London")).toBe("25 Oct 2026, 01:30 BST");
    expect(formatStudioDateTime(at("2026-10-25T01:30:00Z"), "Europe/London")).toBe("25 Oct 2026, 01:30 GMT");
  });

  it("reads right either side of New York's clock changes", () => {
    // 8 March 2026: 02:00 EST becomes 03:00 EDT.
    expect(formatStudioDateTime(at("2026-03-08T06:30:00Z"), "America/New_York")).toBe("8 Mar 2026, 01:30 EST");
    expect(formatStudioDateTime(at("2026-03-08T07:30:00Z"), "America/New_York")).toBe("8 Mar 2026, 03:30 EDT");
    // 1 November 2026: 02:00 EDT becomes 01:00 EST.
    expect(formatStudioDateTime(at("2026-11-01T05:30:00Z"), "America/New_York")).toBe("1 Nov 2026, 01:30 EDT");
    expect(formatStudioDateTime(at("2026-11-01T06:30:00Z"), "America/New_York")).toBe("1 Nov 2026, 01:30 EST");
  });

  it("takes the studio's date, not UTC's, late in the evening", () => {
    expect(formatStudioDateTime(at("2026-01-15T03:00:00Z"), "America/New_York")).toBe("14 Jan 2026, 22:00 EST");
    expect(formatStudioDate(at("2026-01-15T03:00:00Z"), "America/New_York")).toBe("Wed, 14 Jan 2026");
  });
});

describe("formatStudioClock", () => {
  it("keeps an offset where no common name exists", () => {
    expect(formatStudioClock(at("2026-07-01T08:00:00Z"), "Asia/Kolkata")).toBe("13:30 GMT+5:30");
  });
});

describe("formatStudioRange", () => {
  it("shows the studio's local times with the zone's name on each side of a clock change", () => {
    expect(formatStudioRange(at("2026-03-27T10:00:00Z"), at("2026-03-27T14:00:00Z"), "Europe/London")).toBe("Fri, 27 Mar 2026, 10:00 GMT – 14:00 GMT");
    expect(formatStudioRange(at("2026-03-30T09:00:00Z"), at("2026-03-30T13:00:00Z"), "Europe/London")).toBe("Mon, 30 Mar 2026, 10:00 BST – 14:00 BST");
    expect(formatStudioRange(at("2026-03-09T14:00:00Z"), at("2026-03-09T18:00:00Z"), "America/New_York")).toBe("Mon, 9 Mar 2026, 10:00 EDT – 14:00 EDT");
    expect(formatStudioRange(at("2026-11-02T15:00:00Z"), at("2026-11-02T19:00:00Z"), "America/New_York")).toBe("Mon, 2 Nov 2026, 10:00 EST – 14:00 EST");
  });

  it("names each end's zone for a session across the change", () => {
    expect(formatStudioRange(at("2026-10-24T23:00:00Z"), at("2026-10-25T03:00:00Z"), "Europe/London")).toBe("Sun, 25 Oct 2026, 00:00 BST – 03:00 GMT");
  });

  it("keeps an offset where no common name exists, and names both days past midnight", () => {
    expect(formatStudioRange(at("2026-07-01T20:00:00Z"), at("2026-07-02T01:00:00Z"), "Europe/London")).toBe("Wed, 1 Jul 2026, 21:00 BST – Thu, 2 Jul 2026, 02:00 BST");
    expect(formatStudioRange(at("2026-07-01T08:00:00Z"), at("2026-07-01T10:00:00Z"), "Asia/Kolkata")).toBe("Wed, 1 Jul 2026, 13:30 GMT+5:30 – 15:30 GMT+5:30");
  });

  it("ends a session at midnight on the day it started", () => {
    expect(formatStudioRange(at("2026-12-01T20:00:00Z"), at("2026-12-02T00:00:00Z"), "Europe/London")).toBe("Tue, 1 Dec 2026, 20:00 GMT – 00:00 GMT");
  });
});

describe("formatCalendarDate", () => {
  it("shows a date as it is, whatever the zone", () => {
    expect(formatCalendarDate("2026-11-24", "medium")).toBe("24 Nov 2026");
    expect(formatCalendarDate("2026-11-24", "long")).toBe("24 November 2026");
    expect(formatCalendarDate("2026-11-24", "weekdayShort")).toBe("Tue 24 Nov");
    expect(formatCalendarDate("2026-11-24", "weekdayLong")).toBe("Tuesday 24 November");
    // A DATE column comes back as UTC midnight; it is still the 24th, not New York's evening before.
    expect(formatCalendarDate(at("2026-11-24T00:00:00Z"), "medium")).toBe("24 Nov 2026");
  });
});

describe("formatDuration", () => {
  it("reads in minutes, hours or days", () => {
    expect(formatDuration(20 * 60_000)).toBe("20 min");
    expect(formatDuration((3 * 60 + 20) * 60_000)).toBe("3 h 20 min");
    expect(formatDuration((52 * 60) * 60_000)).toBe("2 days 4 h");
  });
});

describe("formatStudioIsoTime", () => {
  it.each([
    ["2026-03-09T21:00:00.000Z", "Europe/London", "2026-03-09T21:00:00+00:00"],
    ["2026-07-01T09:30:15.900Z", "Europe/London", "2026-07-01T10:30:15+01:00"],
    ["2026-10-25T00:30:00.000Z", "Europe/London", "2026-10-25T01:30:00+01:00"],
    ["2026-10-25T01:30:00.000Z", "Europe/London", "2026-10-25T01:30:00+00:00"],
    ["2026-12-31T23:30:00.000Z", "Asia/Kolkata", "2027-01-01T05:00:00+05:30"],
    ["2026-12-01T12:00:00.000Z", "America/New_York", "2026-12-01T07:00:00-05:00"],
    ["2026-12-01T00:00:00.000Z", "UTC", "2026-12-01T00:00:00+00:00"],
  ])("writes %s in %s as %s", (instant, zone, expected) => {
    expect(formatStudioIsoTime(new Date(instant), zone)).toBe(expected);
  });
});
