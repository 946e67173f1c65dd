import { preferredSlotsField } from "../inquiries/preferred-slots-schema";

export type TickedSlot = { value: string; roomId: string; startsAt: Date; endsAt: Date };

/** More than any artist ticks; the rest of a long query string is ignored. */
const MAX_CARRIED = 20;

/**
 * The times ticked so far, carried in the query string while the artist moves between rooms on
 * /book: those in the room shown (their checkboxes start ticked) and those in other active rooms
 * (carried on as hidden fields). Anything malformed, over or in an unknown room is dropped.
 */
export function splitTickedSlots(values: string[], { roomId, roomIds }: { roomId: string; roomIds: string[] }) {
  const here = new Set<string>();
  const elsewhere: TickedSlot[] = [];
  for (const value of [...new Set(values)].slice(0, MAX_CARRIED)) {
    const parsed = preferredSlotsField.safeParse(value);
    const slot = parsed.success ? parsed.data?.[0] : undefined;
    if (!slot?.roomId || !roomIds.includes(slot.roomId)) continue;
    if (slot.roomId === roomId) here.add(value);
    else elsewhere.push({ value, roomId: slot.roomId, startsAt: new Date(slot.startsAt), endsAt: new Date(slot.endsAt) });
  }
  return { here, elsewhere };
}
