import type { StaffRole } from "../generated/prisma/client";

/** A signed-in, active member of the studio's staff, as every admin read and write sees them. */
export type StaffMember = {
  id: string;
  email: string;
  name: string | null;
  role: StaffRole;
};

/** OWNER can do everything STAFF can, and manage staff, settings and erasure. */
export function hasRole(member: Pick<StaffMember, "role">, required: StaffRole): boolean {
  return required === "STAFF" || member.role === "OWNER";
}
