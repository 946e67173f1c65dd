import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { StaffMember } from "@/lib/auth/staff-member";
import type { Database } from "@/lib/database/create-prisma-client";
import type { StaffRole } from "@/lib/generated/prisma/client";

export const TEST_PASSWORD = "correct horse battery staple";
let cachedHash: Promise<string> | undefined;

/** A new active staff account with a unique email and TEST_PASSWORD. */
export async function createStaff(db: Database, role: StaffRole = "STAFF", overrides: { name?: string; email?: string } = {}): Promise<StaffMember> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const unique = randomUUID().slice(0, 8);
  const user = await db.user.create({
    data: { email: overrides.email ?? `${role.toLowerCase()}.${unique}@studio.test`, name: overrides.name ?? `${role === "OWNER" ? "Olive" : "Sam"} ${unique}`, role, passwordHash: await cachedHash },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
