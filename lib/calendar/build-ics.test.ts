import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { instantToWallClock, wallClockToInstant, type LocalDate } from "@/lib/time/zoned-time";
import { buildIcs, type IcsEvent } from "./build-ics";

const stamp = new Date("2026-11-20T09:00:00Z");

function event(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: "0d7c3f1e-0000-4000-8000-000000000001@studio.test",
    sequence: 0,
    start: new Date("2026-11-24T10:00:00Z"),
    end: new Date("2026-11-24T14:00:00Z"),
    stamp,
    summary: "Recording session at Studio Desk",
    status: "CONFIRMED",
    organizer: { name: "Studio Desk", email: "hello@studio.test" },
    attendee: { name: "Kofi Mensah", email: "kofi@example.com" },
    ...overrides,
  };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent");
  return { calendar, events, first: events[0] };
}

/** The physical lines, without the final CRLF. */
const physicalLines = (ics: string) => ics.slice(0, -2).split("\r\n");
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

describe("buildIcs", () => {
  it("writes a REQUEST with CRLF lines, UTC times, the organizer and the attendee who need not reply", () => {
    const ics = buildIcs({ method: "REQUEST", name: "Studio Desk", events: [event({ sequence: 2, url: "https://studio.test/a/x" })] });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = physicalLines(ics);
    expect(lines.slice(0, 6)).toEqual([
      "BEGIN:VCALENDAR",
      "PRODID:-//Studio Desk//Bookings//EN",
      "VERSION:2.0",
      "CALSCALE:GREGORIAN",
      "METHOD:REQUEST",
      "X-WR-CALNAME:Studio Desk",
    ]);
    expect(lines).toContain("DTSTART:20261124T100000Z");
    expect(lines).toContain("DTEND:20261124T140000Z");
    expect(lines).toContain("DTSTAMP:20261120T090000Z");

    const { calendar, first } = parse(ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const parsed = new ICAL.Event(first);
    expect(parsed.uid).toBe("0d7c3f1e-0000-4000-8000-000000000001@studio.test");
    expect(parsed.sequence).toBe(2);
    expect(parsed.startDate.toJSDate()).toEqual(new Date("2026-11-24T10:00:00Z"));
    expect(parsed.endDate.toJSDate()).toEqual(new Date("2026-11-24T14:00:00Z"));
    expect(first.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(first.getFirstPropertyValue("url")).toBe("https://studio.test/a/x");
    const organizer = first.getFirstProperty("organizer")!;
    expect(organizer.getFirstValue()).toBe("mailto:hello@studio.test");
    expect(organizer.getParameter("cn")).toBe("Studio Desk");
    const attendee = first.getFirstProperty("attendee")!;
    expect(attendee.getFirstValue()).toBe("mailto:kofi@example.com");
    expect(attendee.getParameter("cn")).toBe("Kofi Mensah");
    expect(attendee.getParameter("partstat")).toBe("NEEDS-ACTION");
    expect(attendee.getParameter("rsvp")).toBe("FALSE");
  });

  it("writes a CANCEL whose event says CANCELLED, and a PUBLISH feed without attendees or a name", () => {
    const cancel = parse(buildIcs({ method: "CANCEL", events: [event({ sequence: 3, status: "CONFIRMED" })] }));
    expect(cancel.calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cancel.first.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancel.first.getFirstPropertyValue("sequence")).toBe(3);
    expect(cancel.first.getFirstProperty("attendee")!.getParameter("partstat")).toBeUndefined();

    const feedIcs = buildIcs({ method: "PUBLISH", events: [event({ status: "TENTATIVE" }), event({ uid: "second@studio.test" })] });
    expect(feedIcs).not.toContain("X-WR-CALNAME");
    const feed = parse(feedIcs);
    expect(feed.events.map((vevent) => vevent.getFirstPropertyValue("status"))).toEqual(["TENTATIVE", "CONFIRMED"]);
    expect(feed.events.every((vevent) => !vevent.hasProperty("attendee"))).toBe(true);
    expect(parse(buildIcs({ method: "PUBLISH", name: "Room A", events: [] })).events).toEqual([]);
  });

  it("escapes TEXT so that it reads back exactly", () => {
    const summary = "Mix; master, and \\ more";
    const description = "Line one\nLine two\r\nLine three; with, commas\\";
    const ics = buildIcs({ method: "REQUEST", name: "A, B; C", events: [event({ summary, description, location: "Studio Desk, Room A; upstairs" })] });
    expect(unfold(ics)).toContain("SUMMARY:Mix\\; master\\, and \\\\ more\r\n");
    expect(unfold(ics)).toContain("DESCRIPTION:Line one\\nLine two\\nLine three\\; with\\, commas\\\\\r\n");
    const { calendar, first } = parse(ics);
    // ical.js leaves an X- property's value as written; calendar apps read it as TEXT.
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("A\\, B\\; C");
    expect(first.getFirstPropertyValue("summary")).toBe(summary);
    expect(first.getFirstPropertyValue("description")).toBe("Line one\nLine two\nLine three; with, commas\\");
    expect(first.getFirstPropertyValue("location")).toBe("Studio Desk, Room A; upstairs");
  });

  it("lets no value start a property of its own", () => {
    const ics = buildIcs({
      method: "REQUEST",
      events: [
        event({
          uid: "abc\r\nATTENDEE:mailto:evil@example.com",
          summary: "Hi\r\nATTENDEE:mailto:evil@example.com",
          url: "https://studio.test/\r\nORGANIZER:mailto:evil@example.com",
          organizer: { name: 'Studio"\r\nORGANIZER:mailto:evil@example.com', email: "hello@studio.test\r\nX-EVIL:1" },
          attendee: { name: "Kofi\nATTENDEE:mailto:evil@example.com", email: "kofi@example.com\nX-EVIL:1" },
        }),
      ],
    });
    const starts = physicalLines(ics).filter((line) => !line.startsWith(" ")).map((line) => line.split(/[:;]/)[0]);
    expect(starts.filter((name) => name === "ATTENDEE")).toHaveLength(1);
    expect(starts.filter((name) => name === "ORGANIZER")).toHaveLength(1);
    expect(starts).not.toContain("X-EVIL");
    const { first } = parse(ics);
    expect(first.getAllProperties("attendee")).toHaveLength(1);
    expect(first.getFirstPropertyValue("summary")).toBe("Hi\nATTENDEE:mailto:evil@example.com");
    expect(first.getFirstPropertyValue("uid")).toBe("abcATTENDEE:mailto:evil@example.com");
    expect(first.getFirstProperty("organizer")!.getParameter("cn")).toBe("Studio ORGANIZER:mailto:evil@example.com");
  });

  it("folds long UTF-8 text at 75 octets without splitting a character, and it unfolds to the original", () => {
    const description = "Zoë & Søren — 録音セッション 🎙️🎸 ".repeat(12) + "end";
    const summary = "é".repeat(100);
    const ics = buildIcs({ method: "REQUEST", events: [event({ summary, description })] });
    const lines = physicalLines(ics);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of lines) {
      const bytes = Buffer.from(line, "utf8");
      expect(bytes.length).toBeLessThanOrEqual(75);
      // Each physical line is whole UTF-8 on its own: no sequence was cut in two.
      expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(line);
    }
    // A fold that could have used the 75th octet did (no needless short lines).
    const summaryLines = lines.slice(lines.findIndex((line) => line.startsWith("SUMMARY:")));
    expect(Buffer.byteLength(summaryLines[0])).toBe(74); // "SUMMARY:" 8 octets + 33 two-octet letters
    expect(Buffer.byteLength(summaryLines[1])).toBe(75); // space + 37 two-octet letters
    const { first } = parse(ics);
    expect(first.getFirstPropertyValue("summary")).toBe(summary);
    expect(first.getFirstPropertyValue("description")).toBe(description);
  });

  it("refuses an event that cannot be written", () => {
    expect(() => buildIcs({ method: "REQUEST", events: [event({ sequence: -1 })] })).toThrow(RangeError);
    expect(() => buildIcs({ method: "REQUEST", events: [event({ sequence: 1.5 })] })).toThrow(RangeError);
    expect(() => buildIcs({ method: "REQUEST", events: [event({ start: new Date("nope") })] })).toThrow(RangeError);
    expect(() => buildIcs({ method: "REQUEST", events: [event({ end: new Date("2026-11-24T10:00:00Z") })] })).toThrow(RangeError);
  });
});

// Sessions are entered as wall-clock times in the studio's zone. Around a change of clocks, the
// offset differs between one day and the next (or within one night); the instants must still show
// the times the studio entered, and the invitation must carry exactly those instants.
describe.each([
  { timeZone: "Europe/London", change: "2026-03-29", before: "2026-03-28", after: "2026-03-30", shiftHours: -1 },
  { timeZone: "Europe/London", change: "2026-10-25", before: "2026-10-24", after: "2026-10-26", shiftHours: 1 },
  { timeZone: "America/New_York", change: "2026-03-08", before: "2026-03-07", after: "2026-03-09", shiftHours: -1 },
  { timeZone: "America/New_York", change: "2026-11-01", before: "2026-10-31", after: "2026-11-02", shiftHours: 1 },
])("a session around the change of clocks in $timeZone on $change", ({ timeZone, change, before, after, shiftHours }) => {
  type Session = { date: LocalDate; from: number; endDate: LocalDate; to: number };
  const sessions: Session[] = [
    { date: before, from: 10 * 60, endDate: before, to: 18 * 60 },
    { date: change, from: 10 * 60, endDate: change, to: 18 * 60 },
    { date: after, from: 10 * 60, endDate: after, to: 18 * 60 },
    // Overnight, through the change itself: 22:00 to 06:00.
    { date: before, from: 22 * 60, endDate: change, to: 6 * 60 },
  ];

  it("keeps its wall-clock times, and the .ics parses to the same instants", () => {
    const instants = sessions.map((session) => ({
      start: wallClockToInstant(session.date, session.from, timeZone),
      end: wallClockToInstant(session.endDate, session.to, timeZone),
    }));
    instants.forEach(({ start, end }, index) => {
      expect(instantToWallClock(start, timeZone)).toMatchObject({ date: sessions[index].date, minutes: sessions[index].from });
      expect(instantToWallClock(end, timeZone)).toMatchObject({ date: sessions[index].endDate, minutes: sessions[index].to });
    });
    // The same 10:00 is an hour further from UTC on one side of the change than on the other.
    const offsetHours = (start: Date, date: LocalDate) => (start.getTime() - Date.parse(`${date}T10:00:00Z`)) / 3_600_000;
    expect(offsetHours(instants[2].start, after) - offsetHours(instants[0].start, before)).toBe(shiftHours);
    // The overnight session is eight hours on the clock, seven or nine in fact.
    expect((instants[3].end.getTime() - instants[3].start.getTime()) / 3_600_000).toBe(8 + shiftHours);

    const ics = buildIcs({
      method: "REQUEST",
      events: instants.map(({ start, end }, index) => event({ uid: `session-${index}@studio.test`, start, end })),
    });
    const parsed = parse(ics).events.map((vevent) => new ICAL.Event(vevent));
    expect(parsed.map((one) => [one.startDate.toJSDate().getTime(), one.endDate.toJSDate().getTime()])).toEqual(
      instants.map(({ start, end }) => [start.getTime(), end.getTime()]),
    );
    for (const one of parsed) expect(one.startDate.zone.tzid).toBe("UTC");
  });
});
