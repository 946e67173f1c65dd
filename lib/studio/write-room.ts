import type { Database } from "../database/create-prisma-client";
import { isUniqueViolation } from "../database/driver-error";
import { ExpectedError } from "../errors/expected-error";
import { defaultRoomOffers } from "../rate-card/default-room-offers";

export type RoomRow = { name: string; description: string; hourlyRateCents: number; dayRateCents: number; active: boolean };

const nameTaken = (name: string) => new ExpectedError("room-name-taken", { fieldErrors: { name: [`There is already a room called “${name}”. Choose another name.`] } });

/**
 * Creates a room, or updates room `id`, refusing a name another room has. Names are compared
 * without regard to case ("Live room" and "live room" would be the same room to anyone reading a
 * calendar), so the check is the app's; rooms are written one at a time so that it holds.
 */
export async function writeRoom(db: Database, { id, data }: { id?: string; data: RoomRow }): Promise<{ id: string }> {
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('studio-desk:rooms'))`;
      const clash = await tx.room.findFirst({ where: { name: { equals: data.name, mode: "insensitive" }, ...(id ? { NOT: { id } } : {}) }, select: { name: true } });
      if (clash) throw nameTaken(clash.name);
      // A new room can be booked straight away: it sells its time the usual ways, from its rates.
      if (!id) return tx.room.create({ data: { ...data, offers: { create: defaultRoomOffers(data) } }, select: { id: true } });
      const updated = await tx.room.updateMany({ where: { id }, data });
      if (updated.count === 0) throw new ExpectedError("room-not-found");
      return { id };
    });
  } catch (error) {
    // The unique index is the last word should anything write rooms without the lock.
    if (isUniqueViolation(error)) throw nameTaken(data.name);
    throw error;
  }
}
