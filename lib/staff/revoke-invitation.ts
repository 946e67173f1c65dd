import type { Database } from "../database/create-prisma-client";
import { hasRole, type StaffMember } from "../auth/staff-member";
import { ExpectedError } from "../errors/expected-error";

/** Withdraws an open invitation (owners only); its link stops working at once. */
export async function revokeInvitation(db: Database, actor: StaffMember, invitationId: string, now = new Date()) {
  if (!hasRole(actor, "OWNER")) throw new ExpectedError("not-owner");
  await db.invitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
}
