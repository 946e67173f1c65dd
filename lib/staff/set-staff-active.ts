import type { Database } from "../database/create-prisma-client";
import { hasRole, type StaffMember } from "../auth/staff-member";
import { ExpectedError } from "../errors/expected-error";

/**
 * Deactivates or reactivates a staff account (owners only). Deactivation moves the token version
 * on, so the person is signed out on their next request. An owner cannot lock themselves out,
 * and the studio always keeps at least one active owner.
 */
export async function setStaffActive(db: Database, actor: StaffMember, { userId, active }: { userId: string; active: boolean }, now = new Date()) {
  if (!hasRole(actor, "OWNER")) throw new ExpectedError("not-owner");
  if (!active && userId === actor.id) throw new ExpectedError("cannot-deactivate-self");
  await db.$transaction(async (tx) => {
    // Serialises owner changes, so two owners deactivating each other cannot leave none.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('studio-desk:staff-roster'))`;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, deactivatedAt: true } });
    if (!user) throw new ExpectedError("account-not-found");
    if (active) {
      await tx.user.update({ where: { id: userId }, data: { deactivatedAt: null } });
      return;
    }
    if (user.deactivatedAt) return;
    if (user.role === "OWNER" && (await tx.user.count({ where: { role: "OWNER", deactivatedAt: null } })) <= 1) {
      throw new ExpectedError("last-owner");
    }
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: now, tokenVersion: { increment: 1 } } });
  });
}
