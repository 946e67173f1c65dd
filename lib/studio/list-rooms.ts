import type { Database } from "../database/create-prisma-client";

export type RoomView = { id: string; name: string; description: string; hourlyRateCents: number; dayRateCents: number; active: boolean };

/** The studio's rooms, active ones first, then by name. `activeOnly` leaves out rooms turned off. */
export function listRooms(db: Database, { activeOnly = false }: { activeOnly?: boolean } = {}): Promise<RoomView[]> {
  return db.room.findMany({
    where: activeOnly ? { active: true } : {},
    select: { id: true, name: true, description: true, hourlyRateCents: true, dayRateCents: true, active: true },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
}
