import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import type { OpeningHoursRow } from "./load-studio-settings";
import { parseStudioInput } from "./parse-studio-input";
import { requireOwner } from "./require-owner";
import { openingHoursSchema } from "./studio-settings-schemas";

/** One weekday as the form sends it: times as "HH:MM", ignored when the day is closed. */
export type OpeningDayInput = { weekday: number; closed: boolean; opens: string; closes: string };

/**
 * Replaces the whole week's opening hours (owners only): a closed weekday has no row. Readers
 * see the old week or the new one, never a mix.
 */
export async function setOpeningHours(db: Database, actor: StaffMember, { days }: { days: OpeningDayInput[] }): Promise<OpeningHoursRow[]> {
  requireOwner(actor);
  const rows = parseStudioInput(openingHoursSchema, { days });
  await db.$transaction(async (tx) => {
    // Two owners saving at once would otherwise both delete, then collide inserting the same weekday.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('studio-desk:opening-hours'))`;
    await tx.openingHours.deleteMany({});
    if (rows.length > 0) await tx.openingHours.createMany({ data: rows });
  });
  return rows;
}
