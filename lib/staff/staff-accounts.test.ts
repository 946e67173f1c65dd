import { expect, it } from "vitest";
import { authorizePassword } from "@/lib/auth/authorize-password";
import { PASSWORD_TRIES_PER_ACCOUNT } from "@/lib/auth/throttle-sign-in";
import { staffAuthAdapter } from "@/lib/auth/staff-auth-adapter";
import { createPrismaClient } from "@/lib/database/create-prisma-client";
import { createStaff, TEST_PASSWORD } from "@/test/support/staff-fixtures";
import { cloneTestDatabase, describeEachDatabase } from "@/test/test-databases";
import { acceptInvitation, findUsableInvitation } from "./accept-invitation";
import { changePassword } from "./change-password";
import { createOwner } from "./create-owner";
import { inviteStaff, type SendInvitation } from "./invite-staff";
import { setStaffActive } from "./set-staff-active";

describeEachDatabase("staff accounts", { poolSize: 4 }, ({ db, template }) => {
  const sent: { email: string; url: string }[] = [];
  const send: SendInvitation = async ({ email, url }) => {
    sent.push({ email, url });
  };
  const tokenOf = (url: string) => url.split("/").pop()!;

  it("checks passwords without revealing which accounts exist", async () => {
    const staff = await createStaff(db);
    expect(await authorizePassword(db, staff.email.toUpperCase(), TEST_PASSWORD)).toMatchObject({ id: staff.id, role: "STAFF" });
    expect(await authorizePassword(db, staff.email, "wrong password here")).toBeNull();
    expect(await authorizePassword(db, "nobody@studio.test", TEST_PASSWORD)).toBeNull();
    await setStaffActive(db, await createStaff(db, "OWNER"), { userId: staff.id, active: false });
    expect(await authorizePassword(db, staff.email, TEST_PASSWORD)).toBeNull();
  });

  it("stores email-link tokens only for active staff and spends each once", async () => {
    const adapter = staffAuthAdapter(db);
    const staff = await createStaff(db);
    const expires = new Date(Date.now() + 60_000);
    await adapter.createVerificationToken!({ identifier: staff.email, token: "hashed-token-a", expires });
    await adapter.createVerificationToken!({ identifier: "stranger@example.com", token: "hashed-token-b", expires });
    expect(await db.verificationToken.count({ where: { token: { in: ["hashed-token-a", "hashed-token-b"] } } })).toBe(1);
    const [first, second] = await Promise.all([
      adapter.useVerificationToken!({ identifier: staff.email, token: "hashed-token-a" }),
      adapter.useVerificationToken!({ identifier: staff.email, token: "hashed-token-a" }),
    ]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect(() => adapter.createUser!({ email: "new@example.com", emailVerified: null })).toThrow(/invitation/);
  });

  it("invites, accepts once, and refuses expired or reused links", async () => {
    const owner = await createStaff(db, "OWNER");
    const email = `invitee.${Date.now()}@example.com`;
    await inviteStaff(db, owner, { email, role: "STAFF" }, { appUrl: "https://studio.test", send });
    const { url } = sent.at(-1)!;
    expect(url).toMatch(/^https:\/\/studio\.test\/admin\/invitations\/[\w-]{43}$/);
    expect(await db.invitation.count({ where: { tokenHash: tokenOf(url) } })).toBe(0); // only the hash is stored

    const results = await Promise.allSettled([
      acceptInvitation(db, tokenOf(url), { name: "Ines Costa", password: TEST_PASSWORD }),
      acceptInvitation(db, tokenOf(url), { name: "Ines Costa", password: TEST_PASSWORD }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await authorizePassword(db, email, TEST_PASSWORD)).toMatchObject({ role: "STAFF", name: "Ines Costa" });
    await expect(acceptInvitation(db, tokenOf(url), { name: "X", password: TEST_PASSWORD })).rejects.toMatchObject({ code: "invitation-unusable" });

    const later = `later.${Date.now()}@example.com`;
    await inviteStaff(db, owner, { email: later, role: "OWNER" }, { appUrl: "https://studio.test", send, now: new Date(Date.now() - 8 * 86_400_000) });
    expect(await findUsableInvitation(db, tokenOf(sent.at(-1)!.url))).toBeNull();
  });

  it("withdraws an invitation whose email could not be sent, and only owners invite", async () => {
    const owner = await createStaff(db, "OWNER");
    const email = `bounce.${Date.now()}@example.com`;
    const failing: SendInvitation = async () => {
      throw new Error("550 mailbox unavailable");
    };
    await expect(inviteStaff(db, owner, { email, role: "STAFF" }, { appUrl: "https://studio.test", send: failing })).rejects.toMatchObject({ code: "invitation-not-sent" });
    expect(await db.invitation.count({ where: { email, revokedAt: null } })).toBe(0);
    await expect(inviteStaff(db, await createStaff(db), { email, role: "STAFF" }, { appUrl: "https://studio.test", send })).rejects.toMatchObject({ code: "not-owner" });
  });

  it("deactivation and password changes move the token version on; the last owner stays", async () => {
    const { user: owner } = await createOwner(db, { email: `Boss.${Date.now()}@Example.com`, password: TEST_PASSWORD });
    expect(owner.email).toBe(owner.email.toLowerCase());
    const ownerMember = { id: owner.id, email: owner.email, name: owner.name, role: owner.role };
    const staff = await createStaff(db);
    const before = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    await setStaffActive(db, ownerMember, { userId: staff.id, active: false });
    const after = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(after.tokenVersion).toBe(before.tokenVersion + 1);
    expect(after.deactivatedAt).not.toBeNull();

    await expect(setStaffActive(db, ownerMember, { userId: owner.id, active: false })).rejects.toThrow(/your own account/);
    await expect(changePassword(db, owner.id, { currentPassword: "not it", newPassword: "a new long password" }, { ip: "203.0.113.50" })).rejects.toMatchObject({ code: "wrong-password" });
    await changePassword(db, owner.id, { currentPassword: TEST_PASSWORD, newPassword: "a new long password" }, { ip: "203.0.113.50" });
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).tokenVersion).toBe(owner.tokenVersion + 1);
    expect(await authorizePassword(db, owner.email, "a new long password")).not.toBeNull();
  });

  it("counts a password change's check of the current password like a sign-in attempt", async () => {
    const staff = await createStaff(db);
    for (let i = 0; i < PASSWORD_TRIES_PER_ACCOUNT; i++) {
      await expect(changePassword(db, staff.id, { currentPassword: `guess ${i}`, newPassword: "a new long password" }, { ip: `198.51.100.${i}` })).rejects.toMatchObject({ code: "wrong-password" });
    }
    // Even the right password is refused now, and nothing changes.
    await expect(changePassword(db, staff.id, { currentPassword: TEST_PASSWORD, newPassword: "a new long password" }, { ip: "198.51.100.200" })).rejects.toMatchObject({ code: "password-tries-exhausted" });
    expect(await authorizePassword(db, staff.email, TEST_PASSWORD)).not.toBeNull();
  });

  it("never leaves the studio without an active owner, even when two owners deactivate each other at once", async () => {
    const onlyOwners = createPrismaClient(await cloneTestDatabase(template), { poolSize: 4 });
    try {
      const first = await createStaff(onlyOwners, "OWNER");
      const second = await createStaff(onlyOwners, "OWNER");
      await Promise.allSettled([
        setStaffActive(onlyOwners, first, { userId: second.id, active: false }),
        setStaffActive(onlyOwners, second, { userId: first.id, active: false }),
      ]);
      expect(await onlyOwners.user.count({ where: { role: "OWNER", deactivatedAt: null } })).toBe(1);
    } finally {
      await onlyOwners.$disconnect();
    }
  });
});
