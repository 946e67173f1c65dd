import type { Database } from "../database/create-prisma-client";
import { hashPassword } from "../auth/password";
import { normalizeStaffEmail } from "../auth/normalize-staff-email";

/**
 * Creates the owner account for `email`, or resets an existing account to an active owner with a
 * new password. Either way every session it had ends (the token version moves on).
 */
export async function createOwner(db: Database, { email, name, password }: { email: string; name?: string; password: string }) {
  const normalized = normalizeStaffEmail(email);
  const passwordHash = await hashPassword(password);
  const existing = await db.user.findUnique({ where: { email: normalized }, select: { id: true } });
  const user = await db.user.upsert({
    where: { email: normalized },
    create: { email: normalized, name: name ?? null, role: "OWNER", passwordHash },
    update: { role: "OWNER", passwordHash, deactivatedAt: null, tokenVersion: { increment: 1 }, ...(name ? { name } : {}) },
  });
  return { user, created: !existing };
}
