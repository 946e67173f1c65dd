// An iCalendar (RFC 5545) document for the artist's invitations and the studio's feeds. Times are
// written in UTC ("…Z"): unambiguous, no VTIMEZONE to get wrong, and every client shows them in
// its own zone. Every value that comes from people (titles, names, addresses) is either escaped as
// TEXT or stripped of line breaks, so it cannot end its line and start a property of its own.

export type IcsEvent = {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  stamp: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: "TENTATIVE" | "CONFIRMED" | "CANCELLED";
  organizer?: { name: string; email: string };
  attendee?: { name: string; email: string };
};

export type IcsCalendar = { method: "REQUEST" | "CANCEL" | "PUBLISH"; name?: string; events: IcsEvent[] };

const PRODID = "-//Studio Desk//Bookings//EN";
const MAX_OCTETS = 75;

export function buildIcs(calendar: IcsCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    `PRODID:${PRODID}`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    `METHOD:${calendar.method}`,
  ];
  if (calendar.name !== undefined) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.method));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

function eventLines(event: IcsEvent, method: IcsCalendar["method"]): string[] {
  if (!Number.isInteger(event.sequence) || event.sequence < 0) {
    throw new RangeError(`SEQUENCE must be a non-negative integer, got ${event.sequence}`);
  }
  if (event.end.getTime() <= event.start.getTime()) throw new RangeError("An event must end after it starts");
  // A cancellation notice is only understood as one when the event itself says so.
  const status = method === "CANCEL" ? "CANCELLED" : event.status;
  const lines = [
    "BEGIN:VEVENT",
    `UID:${singleLine(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location !== undefined) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url !== undefined) lines.push(`URL:${uriValue(event.url)}`);
  lines.push(`STATUS:${status}`);
  if (event.organizer) lines.push(`ORGANIZER;CN=${paramValue(event.organizer.name)}:${mailto(event.organizer.email)}`);
  // iTIP forbids ATTENDEE in a PUBLISH (a feed is not an invitation); RSVP=FALSE because the
  // artist answers the studio by email or on their page, not through a calendar reply.
  if (event.attendee && method !== "PUBLISH") {
    const partstat = method === "REQUEST" ? ";PARTSTAT=NEEDS-ACTION;RSVP=FALSE" : "";
    lines.push(
      `ATTENDEE;CN=${paramValue(event.attendee.name)};ROLE=REQ-PARTICIPANT${partstat}:${mailto(event.attendee.email)}`,
    );
  }
  lines.push("END:VEVENT");
  return lines;
}

/** 20261124T100000Z */
function utcDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date in calendar event");
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

// RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, line breaks become "\n", and
// other control characters (which TEXT does not allow) are dropped.
function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u2028\u2029]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n")
    .replace(/\t/g, " ");
}

/** A value that is not TEXT (UID): no control characters, so no line of its own. */
function singleLine(value: string): string {
  return value.replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, "");
}

// A parameter value is quoted, and a quoted-string may hold neither DQUOTE nor control characters.
function paramValue(value: string): string {
  return `"${value.replace(/[\u0000-\u001F\u007F\u2028\u2029"]+/g, " ").trim()}"`;
}

function uriValue(value: string): string {
  return value.replace(/[\u0000-\u0020\u007F\u2028\u2029]+/g, "");
}

function mailto(email: string): string {
  return `mailto:${uriValue(email)}`;
}

// RFC 5545 §3.1: lines longer than 75 octets continue on lines that start with a space. The split
// falls between code points, never inside a UTF-8 sequence.
function foldLine(line: string): string {
  if (Buffer.byteLength(line, "utf8") <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
