import "server-only";
import { getServerSession } from "next-auth";
import { connection } from "next/server";
import { cache } from "react";
import { getDb } from "../db";
import { getAuthOptions } from "./auth-options";
import type { StaffMember } from "./staff-member";

/**
 * The signed-in staff member, or null. The session cookie alone is not enough: the account must
 * still be active and the token must carry the account's current token version, so signing out
 * everywhere, a password change and deactivation all take effect on the very next request.
 * Cached for the duration of one request.
 */
export const getStaffMember = cache(async (): Promise<StaffMember | null> => {
  await connection(); // per request, never at build time
  const session = await getServerSession(await getAuthOptions());
  if (!session?.staff) return null;
  const user = await getDb().user.findUnique({
    where: { id: session.staff.id },
    select: { id: true, email: true, name: true, role: true, tokenVersion: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt || user.tokenVersion !== session.staff.tokenVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});
