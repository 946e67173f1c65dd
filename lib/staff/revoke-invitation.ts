import type { Database } from "../database/create-prisma-client";
import { NotAuthorizedError } from "../auth/errors";
import { hasRole, type StaffMember } from "../auth/staff-member";

/** Withdraws an open invitation (owners only); its link stops working at once. */
export async function revokeInvitation(db: Database, actor: StaffMember, invitationId: string, now = new Date()) {
  if (!hasRole(actor, "OWNER")) throw new NotAuthorizedError();
  await db.invitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
}
