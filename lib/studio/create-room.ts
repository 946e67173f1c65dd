import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { parseStudioInput } from "./parse-studio-input";
import { requireOwner } from "./require-owner";
import { roomSchema } from "./studio-settings-schemas";
import { writeRoom } from "./write-room";

/** A room as the form sends it: rates as typed money ("45", "45.50"). */
export type RoomInput = { name: unknown; description: unknown; hourlyRate: unknown; dayRate: unknown; active: unknown };

/** Adds a room with its rates, stored in cents (owners only). Returns the new room's id. */
export async function createRoom(db: Database, actor: StaffMember, input: RoomInput): Promise<{ id: string }> {
  requireOwner(actor);
  const { name, description, hourlyRate, dayRate, active } = parseStudioInput(roomSchema, input);
  return writeRoom(db, { data: { name, description, hourlyRateCents: hourlyRate, dayRateCents: dayRate, active } });
}
