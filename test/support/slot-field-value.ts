// The older string form of a preferred slot, which the inquiry schema still reads (API callers
// of the form's earlier versions send it); tests write it to check that it is read back.

/** An instant to the minute when it is on one ("2026-11-24T10:00Z"), else to the millisecond. */
function minuteInstant(instant: Date | number): string {
  const date = new Date(instant);
  return date.getTime() % 60_000 === 0 ? `${date.toISOString().slice(0, 16)}Z` : date.toISOString();
}

/**
 * A preferred slot as the older form carried it: "<roomId>_<start>_<end>" (the room may be
 * empty), to the minute.
 */
export function slotFieldValue({ roomId, startsAt, endsAt }: { roomId?: string | null; startsAt: Date | number; endsAt: Date | number }): string {
  return `${roomId ?? ""}_${minuteInstant(startsAt)}_${minuteInstant(endsAt)}`;
}
