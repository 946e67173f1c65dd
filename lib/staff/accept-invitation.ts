import { z } from "zod";
import type { Database } from "../database/create-prisma-client";
import { hashPassword, passwordSchema } from "../auth/password";
import { ExpectedError } from "../errors/expected-error";
import { hashInvitationToken } from "./invitation-token";

export const acceptInvitationSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters."),
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.password === input.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ." });

/** The open invitation behind a link's token, or null when it cannot be used. */
export async function findUsableInvitation(db: Database, token: string, now = new Date()) {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  return db.invitation.findFirst({
    where: { tokenHash: hashInvitationToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
}

/**
 * Turns an invitation into an account with the invitee's name and password. The invitation is
 * claimed with a guarded update, so a link used twice at once creates one account. Someone
 * deactivated earlier and invited again gets their old account back, active, with the new role.
 */
export async function acceptInvitation(db: Database, token: string, input: { name: string; password: string }, now = new Date()) {
  const invitation = await findUsableInvitation(db, token, now);
  if (!invitation) throw new ExpectedError("invitation-unusable");
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now } });
    if (claimed.count !== 1) throw new ExpectedError("invitation-unusable");
    const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { deactivatedAt: true } });
    if (existing && !existing.deactivatedAt) throw new ExpectedError("account-exists", "This email already has an active account: sign in instead.");
    return tx.user.upsert({
      where: { email: invitation.email },
      create: { email: invitation.email, name: input.name, role: invitation.role, passwordHash, emailVerified: now },
      update: { name: input.name, role: invitation.role, passwordHash, deactivatedAt: null, emailVerified: now, tokenVersion: { increment: 1 } },
      select: { id: true, email: true, role: true },
    });
  });
}
