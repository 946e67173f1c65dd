import type { Database } from "../database/create-prisma-client";
import { hashPassword, verifyPassword } from "../auth/password";

/** Development only: the accounts `npm run dev` creates in a database without any staff. */
export const DEMO_STAFF = [
  { email: "owner@studio-desk.test", name: "Olivia Owner", role: "OWNER", skills: ["PRODUCER"], hourlyRateCents: 5_000, dayRateCents: 38_000 },
  { email: "staff@studio-desk.test", name: "Sam Staff", role: "STAFF", skills: ["ENGINEER"], hourlyRateCents: 3_000, dayRateCents: 22_000 },
] as const;
export const DEMO_PASSWORD = "demo-studio-desk";

/**
 * Adds the demo owner and a staff member when nobody has an account yet, and says whether the
 * demo owner still signs in with the demo password (so `npm run dev` can print how to sign in).
 */
export async function seedDemoStaff(db: Database): Promise<{ demoOwnerUsable: boolean }> {
  if ((await db.user.count()) === 0) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.user.createMany({ data: DEMO_STAFF.map((member) => ({ ...member, skills: [...member.skills], passwordHash })), skipDuplicates: true });
  }
  const owner = await db.user.findUnique({ where: { email: DEMO_STAFF[0].email } });
  const demoOwnerUsable = !!owner?.passwordHash && !owner.deactivatedAt && (await verifyPassword(owner.passwordHash, DEMO_PASSWORD));
  return { demoOwnerUsable };
}
