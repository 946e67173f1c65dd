import type { Database } from "../database/create-prisma-client";
import type { StaffSkill } from "../generated/prisma/client";

export type StaffSkillsView = { id: string; name: string | null; email: string; skills: StaffSkill[]; hourlyRateCents: number | null; dayRateCents: number | null };

/** Active staff with what they can be booked as and their rates, by name. */
export function listStaffSkills(db: Database): Promise<StaffSkillsView[]> {
  return db.user.findMany({
    where: { deactivatedAt: null },
    select: { id: true, name: true, email: true, skills: true, hourlyRateCents: true, dayRateCents: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
}
