import { hasRole, type StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { listClosures } from "../studio/list-closures";
import type { StudioSettingsView } from "../studio/load-studio-settings";
import { openingHoursProblem } from "./opening-hours-problem";
import type { SessionTimes } from "./resolve-session-times";

/**
 * Refuses sessions outside opening hours or on closures, unless an owner chose to override.
 * Resolves with whether any session is outside hours (recorded on the booking).
 */
export async function checkSessionHours(
  db: Database,
  actor: StaffMember,
  settings: StudioSettingsView,
  sessions: SessionTimes[],
  overrideHours: boolean,
): Promise<boolean> {
  const dates = sessions.map((session) => session.date).sort();
  const closures = await listClosures(db, { from: dates[0]!, to: dates.at(-1)! });
  const problem = sessions.map((session) => openingHoursProblem(settings, closures, session.startsAt, session.endsAt)).find(Boolean);
  if (!problem) return false;
  if (!overrideHours) {
    throw new ExpectedError("outside-opening-hours", `${problem} ${hasRole(actor, "OWNER") ? "Tick “Book outside opening hours” to book it anyway." : "Only an owner can book outside opening hours."}`);
  }
  if (!hasRole(actor, "OWNER")) throw new ExpectedError("outside-opening-hours", `${problem} Only an owner can book outside opening hours.`);
  return true;
}
