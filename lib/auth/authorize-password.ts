import type { Database } from "../database/create-prisma-client";
import { normalizeStaffEmail } from "./normalize-staff-email";
import type { StaffAuthUser } from "./staff-auth-adapter";
import { verifyAgainstDecoy, verifyPassword } from "./password";

/**
 * The staff account for an email and password, or null. Unknown emails, accounts without a
 * password and deactivated accounts all get the same null after the same amount of work.
 */
export async function authorizePassword(db: Database, email: unknown, password: unknown): Promise<StaffAuthUser | null> {
  if (typeof email !== "string" || typeof password !== "string" || password.length > 200) return null;
  const user = await db.user.findUnique({ where: { email: normalizeStaffEmail(email) } });
  if (!user?.passwordHash || user.deactivatedAt) return verifyAgainstDecoy(password).then(() => null);
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  const { id, name, emailVerified, role, tokenVersion, deactivatedAt } = user;
  return { id, email: user.email, name, emailVerified, role, tokenVersion, deactivatedAt };
}
