import type { StaffRole } from "../generated/prisma/client";

export const staffRoleLabel: Record<StaffRole, string> = { OWNER: "Owner", STAFF: "Staff" };
