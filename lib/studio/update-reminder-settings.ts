import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { parseStudioInput } from "./parse-studio-input";
import { requireOwner } from "./require-owner";
import { reminderSettingsSchema } from "./studio-settings-schemas";

export type ReminderSettingsInput = Record<keyof typeof reminderSettingsSchema.shape, unknown>;

/**
 * Switches the reminders around confirmed sessions, and the artist's before a hold ends, on or
 * off and sets their notes (owners only).
 * Reminders already scheduled keep what they say; sessions confirmed or moved from now on get
 * the new settings.
 */
export async function updateReminderSettings(db: Database, actor: StaffMember, input: ReminderSettingsInput) {
  requireOwner(actor);
  const data = parseStudioInput(reminderSettingsSchema, input);
  await db.studioSettings.update({ where: { id: 1 }, data });
  return data;
}
