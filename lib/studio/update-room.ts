import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { isUuid } from "../validation/is-uuid";
import type { RoomInput } from "./create-room";
import { parseStudioInput } from "./parse-studio-input";
import { requireOwner } from "./require-owner";
import { roomSchema } from "./studio-settings-schemas";
import { writeRoom } from "./write-room";

/**
 * Changes a room's name, description, rates or active flag (owners only). Turning a room off
 * keeps its sessions and feed; it is meant to stop new bookings, not undo old ones.
 */
export async function updateRoom(db: Database, actor: StaffMember, { roomId, ...input }: RoomInput & { roomId: string }): Promise<void> {
  requireOwner(actor);
  if (!isUuid(roomId)) throw new ExpectedError("room-not-found");
  const { name, description, hourlyRate, dayRate, active } = parseStudioInput(roomSchema, input);
  await writeRoom(db, { id: roomId, data: { name, description, hourlyRateCents: hourlyRate, dayRateCents: dayRate, active } });
}
