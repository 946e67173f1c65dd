// Kept apart from the inquiry schema, with no imports: /book's day lists (a client component)
// write one of these per free slot, and must not pull the schema's zod into the page's script.

/** An instant to the minute when it is on one ("2026-11-24T10:00Z"), else to the millisecond. */
function minuteInstant(instant: Date | number): string {
  const date = new Date(instant);
  return date.getTime() % 60_000 === 0 ? `${date.toISOString().slice(0, 16)}Z` : date.toISOString();
}

/**
 * A preferred slot as the form carries it: "<roomId>_<start>_<end>" (the room may be empty), to
 * the minute, since /book writes over a thousand of these. The inquiry schema reads it back.
 */
export function slotFieldValue({ roomId, startsAt, endsAt }: { roomId?: string | null; startsAt: Date | number; endsAt: Date | number }): string {
  return `${roomId ?? ""}_${minuteInstant(startsAt)}_${minuteInstant(endsAt)}`;
}
