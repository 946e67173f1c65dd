import "server-only";
import type { StaffRole } from "../generated/prisma/client";
import { getStaffMember } from "./get-staff-member";
import { hasRole, type StaffMember } from "./staff-member";

/** For admin route handlers: the staff member, or the response that refuses the request. */
export async function authorizeRouteRequest(role: StaffRole = "STAFF"): Promise<{ member: StaffMember } | { refusal: Response }> {
  const member = await getStaffMember();
  const headers = { "Cache-Control": "no-store" };
  if (!member) return { refusal: Response.json({ error: "unauthenticated" }, { status: 401, headers }) };
  if (!hasRole(member, role)) return { refusal: Response.json({ error: "forbidden" }, { status: 403, headers }) };
  return { member };
}
