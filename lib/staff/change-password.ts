import { z } from "zod";
import type { Database } from "../database/create-prisma-client";
import { hashPassword, passwordSchema, verifyPassword } from "../auth/password";
import { ExpectedError } from "../errors/expected-error";
import { throttleSignIn } from "../auth/throttle-sign-in";

export const changePasswordSchema = z
  .object({ currentPassword: z.string().max(200), newPassword: passwordSchema, confirmPassword: z.string() })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ." });

/**
 * Sets a new password. An account that has one must prove it knows it; one that signs in only
 * by email link may set its first. Every session ends, this one included.
 */
export async function changePassword(db: Database, userId: string, input: { currentPassword: string; newPassword: string }, { ip }: { ip: string }) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, email: true } });
  // Checking the current password is a password guess like any other (with a stolen session, say):
  // it counts against the same budgets as the sign-in form.
  const verdict = user.passwordHash ? await throttleSignIn(db, { kind: "password", email: user.email, ip }) : { allowed: true as const };
  if (!verdict.allowed) throw new ExpectedError("password-tries-exhausted", { retryAfterSeconds: verdict.retryAfterSeconds });
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ExpectedError("wrong-password");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.user.update({ where: { id: userId }, data: { passwordHash, tokenVersion: { increment: 1 } } });
}
