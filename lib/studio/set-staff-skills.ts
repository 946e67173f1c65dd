import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { isUuid } from "../validation/is-uuid";
import { parseStudioInput } from "./parse-studio-input";
import { requireOwner } from "./require-owner";
import { staffSkillsSchema } from "./studio-settings-schemas";

export type StaffSkillsInput = { userId: string; skills: unknown; hourlyRate: unknown; dayRate: unknown };

/**
 * Sets what a person can be booked as (engineer, producer) and their hourly and day rates, typed
 * as money and stored in cents; an empty rate means none is charged (owners only).
 */
export async function setStaffSkills(db: Database, actor: StaffMember, { userId, ...input }: StaffSkillsInput): Promise<void> {
  requireOwner(actor);
  if (!isUuid(userId)) throw new ExpectedError("person-not-found");
  const { skills, hourlyRate, dayRate } = parseStudioInput(staffSkillsSchema, input);
  const updated = await db.user.updateMany({
    where: { id: userId, deactivatedAt: null },
    data: { skills, hourlyRateCents: hourlyRate, dayRateCents: dayRate },
  });
  if (updated.count === 0) throw new ExpectedError("person-not-found");
}
