import "server-only";
import { notFound, redirect } from "next/navigation";
import type { StaffRole } from "../generated/prisma/client";
import { getStaffMember } from "./get-staff-member";
import { hasRole, type StaffMember } from "./staff-member";

/**
 * For admin pages: the signed-in staff member, or a redirect to sign-in (coming back to
 * `returnTo` afterwards). A page that needs an owner answers 404 to other staff: it does not
 * exist for them.
 */
export async function requireStaffPage(returnTo: string, role: StaffRole = "STAFF"): Promise<StaffMember> {
  const member = await getStaffMember();
  if (!member) redirect(`/admin/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!hasRole(member, role)) notFound();
  return member;
}
