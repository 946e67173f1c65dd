import type { Adapter, AdapterUser } from "next-auth/adapters";
import type { Database } from "../database/create-prisma-client";
import type { User } from "../generated/prisma/client";
import { normalizeStaffEmail } from "./normalize-staff-email";

/** A staff account as next-auth sees it, with the fields the callbacks need. */
export type StaffAuthUser = AdapterUser & Pick<User, "role" | "tokenVersion" | "deactivatedAt">;

function toAuthUser(user: User): StaffAuthUser {
  const { id, email, name, emailVerified, role, tokenVersion, deactivatedAt } = user;
  return { id, email, name, emailVerified, role, tokenVersion, deactivatedAt };
}

/**
 * The slice of next-auth's adapter that email links need, over Studio Desk's own tables.
 * Accounts are never created by signing in (only by invitation or `npm run admin:create`), and
 * a link token is only stored for an active staff member: for anyone else nothing is stored or
 * sent, while the sign-in page answers exactly as if it had been.
 */
export function staffAuthAdapter(db: Database): Adapter {
  return {
    async getUserByEmail(email) {
      const user = await db.user.findUnique({ where: { email: normalizeStaffEmail(email) } });
      return user ? toAuthUser(user) : null;
    },
    async getUser(id) {
      const user = await db.user.findUnique({ where: { id } });
      return user ? toAuthUser(user) : null;
    },
    async updateUser({ id, emailVerified }) {
      return toAuthUser(await db.user.update({ where: { id }, data: { emailVerified } }));
    },
    createUser() {
      throw new Error("Staff accounts are created by invitation only.");
    },
    async createVerificationToken(token) {
      const staff = await db.user.findFirst({ where: { email: normalizeStaffEmail(token.identifier), deactivatedAt: null }, select: { id: true } });
      if (!staff) return token;
      await db.verificationToken.create({ data: token });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      // One statement, so a link clicked twice at once signs in once.
      const [used] = await db.$queryRaw<{ identifier: string; token: string; expires: Date }[]>`
        DELETE FROM "VerificationToken" WHERE "identifier" = ${identifier} AND "token" = ${token}
        RETURNING "identifier", "token", "expires"`;
      return used ?? null;
    },
  };
}
