import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { PreferredSlot } from "./preferred-slots-schema";

/**
 * Refuses preferred times in a room that does not exist or is no longer offered, before anything
 * is stored. (A room deleted after this check makes the insert's foreign key fail instead, so
 * the inquiry is never stored half.)
 */
export async function checkPreferredSlotRooms(db: Database, slots: PreferredSlot[] | undefined): Promise<void> {
  const roomIds = [...new Set((slots ?? []).flatMap((slot) => (slot.roomId ? [slot.roomId] : [])))];
  if (roomIds.length === 0) return;
  const rooms = await db.room.findMany({ where: { id: { in: roomIds }, active: true }, select: { id: true } });
  const offered = new Set(rooms.map((room) => room.id));
  const problems = slots!.flatMap((slot, index) =>
    slot.roomId && !offered.has(slot.roomId)
      ? [`${slots!.length === 1 ? "The preferred time" : `Preferred time ${index + 1}`} is in a room that cannot be booked; pick a time again on the availability page`]
      : [],
  );
  if (problems.length > 0) throw new ExpectedError("inquiry-invalid", { fieldErrors: { preferredSlots: problems } });
}
