import type { Transaction } from "../database/transaction";

export type PreviousInvitation = { sequence: number; start: Date; end: Date; location: string | null };

/**
 * The last invitation the artist was sent for each of some sessions (found by UID among the
 * lead's queued calendar content, which build-ics.ts wrote, read once for them all), so a
 * "moved" email can say what each was before. A session with none, or erased with the lead, is
 * not in the map.
 */
export async function previousBookingInvitations(tx: Transaction, input: { inquiryId: string; uids: string[]; kinds: string[] }): Promise<Map<string, PreviousInvitation>> {
  const rows = await tx.outboxMessage.findMany({
    where: { inquiryId: input.inquiryId, kind: { in: input.kinds }, calendarContent: { not: null } },
    select: { calendarContent: true },
  });
  const latest = new Map<string, PreviousInvitation>();
  for (const row of rows) {
    for (const uid of input.uids) {
      const found = readInvitation(row.calendarContent!, uid);
      const known = latest.get(uid);
      if (found && (!known || found.sequence > known.sequence)) latest.set(uid, found);
    }
  }
  return latest;
}

/** The session's event in one calendar part (a booking's email carries one event per day). */
function readInvitation(ics: string, uid: string): PreviousInvitation | null {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  const events = unfolded.split("BEGIN:VEVENT\r\n").slice(1).map((event) => event.split("END:VEVENT")[0]!.split("\r\n"));
  const lines = events.find((event) => event.includes(`UID:${uid}`));
  if (!lines) return null;
  const value = (name: string) => lines.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1) ?? null;
  const start = utc(value("DTSTART"));
  const end = utc(value("DTEND"));
  const sequence = Number(value("SEQUENCE"));
  if (!start || !end || !Number.isInteger(sequence)) return null;
  const location = value("LOCATION");
  return { sequence, start, end, location: location === null ? null : unescapeText(location) };
}

/** 20261124T100000Z, the only form build-ics.ts writes. */
function utc(value: string | null): Date | null {
  const match = value?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}
