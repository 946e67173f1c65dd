import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { parseStudioInput } from "./parse-studio-input";
import { requireOwner } from "./require-owner";
import { studioSettingsSchema } from "./studio-settings-schemas";

export type StudioSettingsInput = { timeZone: unknown; holdDays: unknown; currency: unknown; holdRequestedTime?: unknown; requestHoldHours?: unknown; artistMovesAtOnce?: unknown; artistMoveNoticeDays?: unknown };

/**
 * Sets the studio's time zone, hold length, currency and whether (and how long) the time an
 * artist asks for is held at once, and whether an artist's own move to a free time happens at
 * once with enough notice (owners only). Sessions already booked
 * keep their instants and holds their expiry; the new values apply from the next change on.
 */
export async function updateStudioSettings(db: Database, actor: StaffMember, input: StudioSettingsInput) {
  requireOwner(actor);
  const data = parseStudioInput(studioSettingsSchema, input);
  await db.studioSettings.update({ where: { id: 1 }, data });
  return data;
}
