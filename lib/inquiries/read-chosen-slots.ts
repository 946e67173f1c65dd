import type { Database } from "../database/create-prisma-client";
import { formatStudioRange } from "../time/format-studio-time";
import { slotFieldValue } from "../availability/slot-field-value";
import { MAX_PREFERRED_SLOTS, preferredSlotsField, type PreferredSlot } from "./preferred-slots-schema";

export type ChosenSlot = {
  /** The form field's value, normalised. */
  value: string;
  roomName: string | null;
  /** "Tue, 24 Nov 2026, 10:00 GMT – 11:00 GMT", in the studio's zone. */
  when: string;
};

/**
 * The times ticked on /book, as they reach /inquire in the query string: the usable ones (at
 * most three, each in an active room) and, for the others, what to tell the artist. Nothing here
 * is trusted: the inquiry is validated again when it is sent.
 */
export async function readChosenSlots(db: Database, values: string[]): Promise<{ slots: ChosenSlot[]; notices: string[] }> {
  const notices: string[] = [];
  let unique = [...new Set(values.map((value) => value.trim()).filter(Boolean))];
  if (unique.length > MAX_PREFERRED_SLOTS) {
    notices.push(`You ticked ${unique.length} times, and we can take up to three, so only the first three are kept. Remove any you do not want, or pick again on the availability page.`);
    unique = unique.slice(0, MAX_PREFERRED_SLOTS);
  }
  const parsed: PreferredSlot[] = [];
  for (const value of unique) {
    const result = preferredSlotsField.safeParse(value);
    if (result.success && result.data) parsed.push(...result.data);
    else if (!result.success) notices.push(`${result.error.issues[0]?.message ?? "A time you picked cannot be used"}.`);
  }
  if (parsed.length === 0) return { slots: [], notices };

  const roomIds = [...new Set(parsed.flatMap((slot) => (slot.roomId ? [slot.roomId] : [])))];
  const [rooms, settings] = await Promise.all([
    db.room.findMany({ where: { id: { in: roomIds }, active: true }, select: { id: true, name: true } }),
    db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } }),
  ]);
  const names = new Map(rooms.map((room) => [room.id, room.name]));
  const slots: ChosenSlot[] = [];
  for (const slot of parsed) {
    if (slot.roomId && !names.has(slot.roomId)) {
      notices.push("A time you picked is in a room that can no longer be booked; pick another on the availability page.");
      continue;
    }
    const startsAt = new Date(slot.startsAt);
    const endsAt = new Date(slot.endsAt);
    slots.push({
      value: slotFieldValue({ roomId: slot.roomId, startsAt, endsAt }),
      roomName: slot.roomId ? names.get(slot.roomId)! : null,
      when: formatStudioRange(startsAt, endsAt, settings.timeZone),
    });
  }
  return { slots, notices };
}
