import type { Database } from "../database/create-prisma-client";
import { NotAuthorizedError } from "../auth/errors";
import { hasRole, type StaffMember } from "../auth/staff-member";
import { StaffAccountError } from "./errors";

/**
 * Deactivates or reactivates a staff account (owners only). Deactivation moves the token version
 * on, so the person is signed out on their next request. An owner cannot lock themselves out,
 * and the studio always keeps at least one active owner.
 */
export async function setStaffActive(db: Database, actor: StaffMember, { userId, active }: { userId: string; active: boolean }, now = new Date()) {
  if (!hasRole(actor, "OWNER")) throw new NotAuthorizedError();
  if (!active && userId === actor.id) throw new StaffAccountError("You cannot deactivate your own account.");
  await db.$transaction(async (tx) => {
    // Serialises owner changes, so two owners deactivating each other cannot leave none.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('studio-desk:staff-roster'))`;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, deactivatedAt: true } });
    if (!user) throw new StaffAccountError("That account no longer exists.");
    if (active) {
      await tx.user.update({ where: { id: userId }, data: { deactivatedAt: null } });
      return;
    }
    if (user.deactivatedAt) return;
    if (user.role === "OWNER" && (await tx.user.count({ where: { role: "OWNER", deactivatedAt: null } })) <= 1) {
      throw new StaffAccountError("The studio needs at least one active owner.");
    }
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: now, tokenVersion: { increment: 1 } } });
  });
}
