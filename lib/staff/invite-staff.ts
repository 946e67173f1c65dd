import { z } from "zod";
import type { Database } from "../database/create-prisma-client";
import type { StaffRole } from "../generated/prisma/client";
import { hasRole, type StaffMember } from "../auth/staff-member";
import { ExpectedError } from "../errors/expected-error";
import { newInvitationToken } from "./invitation-token";
import { normalizeStaffEmail } from "../auth/normalize-staff-email";

export const INVITATION_DAYS = 7;

export const invitationInputSchema = z.object({
  email: z.email("Enter the email address to invite.").max(254).transform(normalizeStaffEmail),
  role: z.enum(["OWNER", "STAFF"], { error: "Choose a role." }),
});

export type SendInvitation = (invitation: { email: string; role: StaffRole; url: string; expiresAt: Date; invitedBy: StaffMember }) => Promise<void>;

/**
 * Invites someone to the staff (owners only). Earlier open invitations for the same address are
 * withdrawn, so only the newest link works. The link is emailed straight away; if that fails the
 * invitation is withdrawn too, so no unusable invitation lingers, and the owner is told.
 */
export async function inviteStaff(
  db: Database,
  actor: StaffMember,
  input: { email: string; role: StaffRole },
  { appUrl, send, now = new Date() }: { appUrl: string; send: SendInvitation; now?: Date },
): Promise<{ id: string }> {
  if (!hasRole(actor, "OWNER")) throw new ExpectedError("not-owner");
  const active = await db.user.findFirst({ where: { email: input.email, deactivatedAt: null }, select: { id: true } });
  if (active) throw new ExpectedError("account-exists", `${input.email} already has an active account.`);

  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  const invitation = await db.$transaction(async (tx) => {
    await tx.invitation.updateMany({ where: { email: input.email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    return tx.invitation.create({ data: { email: input.email, role: input.role, tokenHash, invitedById: actor.id, expiresAt, createdAt: now } });
  });
  try {
    await send({ email: input.email, role: input.role, url: new URL(`/admin/invitations/${token}`, appUrl).toString(), expiresAt, invitedBy: actor });
  } catch (error) {
    await db.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
    throw new ExpectedError("invitation-not-sent", `The invitation email to ${input.email} could not be sent, so it was withdrawn. Try again in a minute.`, { cause: error });
  }
  return { id: invitation.id };
}
