import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { ExpectedError } from "@/lib/errors/expected-error";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { listStaffSkills } from "./list-staff-skills";
import { setStaffSkills } from "./set-staff-skills";

describeEachDatabase("setStaffSkills", { poolSize: 2 }, ({ db }) => {
  let owner: StaffMember;
  let sam: StaffMember;
  beforeAll(async () => {
    owner = await createStaff(db, "OWNER", { name: "Alex Brandt" });
    sam = await createStaff(db, "STAFF", { name: "Sam Okafor" });
  });

  const samNow = async () => (await listStaffSkills(db)).find((person) => person.id === sam.id);
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ExpectedError);
    return error as ExpectedError;
  };

  it("sets skills and rates in cents, and clears them again", async () => {
    expect(await samNow()).toMatchObject({ skills: [], hourlyRateCents: null, dayRateCents: null });
    await setStaffSkills(db, owner, { userId: sam.id, skills: ["PRODUCER", "ENGINEER", "PRODUCER"], hourlyRate: "35.50", dayRate: "250" });
    expect(await samNow()).toEqual({ id: sam.id, name: "Sam Okafor", email: sam.email, skills: ["ENGINEER", "PRODUCER"], hourlyRateCents: 3550, dayRateCents: 25000 });
    await setStaffSkills(db, owner, { userId: sam.id, skills: ["ENGINEER"], hourlyRate: " ", dayRate: "" });
    expect(await samNow()).toMatchObject({ skills: ["ENGINEER"], hourlyRateCents: null, dayRateCents: null });
    await setStaffSkills(db, owner, { userId: sam.id, skills: [], hourlyRate: "0", dayRate: "" });
    expect(await samNow()).toMatchObject({ skills: [], hourlyRateCents: 0, dayRateCents: null });
  });

  it("refuses skills it does not know and rates that are not money, naming each field", async () => {
    const error = await failure(setStaffSkills(db, owner, { userId: sam.id, skills: ["ENGINEER", "DRUMMER"], hourlyRate: "lots", dayRate: "1.234" }));
    expect(error.fieldErrors).toEqual({
      skills: ["Choose engineer, producer or both."],
      hourlyRate: ["Enter the hourly rate as an amount such as 45 or 45.50 (at most 1,000,000), or leave it empty."],
      dayRate: ["Enter the day rate as an amount such as 45 or 45.50 (at most 1,000,000), or leave it empty."],
    });
    expect((await failure(setStaffSkills(db, owner, { userId: sam.id, skills: "ENGINEER", hourlyRate: "", dayRate: "" }))).fieldErrors).toEqual({
      skills: ["Choose engineer, producer or both."],
    });
    expect(await samNow()).toMatchObject({ skills: [], hourlyRateCents: 0 });
  });

  it("refuses a deactivated or unknown account", async () => {
    const gone = await createStaff(db, "STAFF");
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    for (const userId of [gone.id, "5b0e3a52-0c1f-4c55-9d6e-0a6f6f1f9a11", "junk"]) {
      const error = await failure(setStaffSkills(db, owner, { userId, skills: ["ENGINEER"], hourlyRate: "", dayRate: "" }));
      expect(error.message).toBe("This person's account no longer exists or was deactivated. Reload to see the studio's people.");
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: gone.id } })).skills).toEqual([]);
    expect((await listStaffSkills(db)).map((person) => person.id)).not.toContain(gone.id);
  });

  it("is for owners only, even for their own skills", async () => {
    await expect(setStaffSkills(db, sam, { userId: sam.id, skills: ["PRODUCER"], hourlyRate: "999", dayRate: "" })).rejects.toMatchObject({ code: "not-owner" });
    expect(await samNow()).toMatchObject({ skills: [], hourlyRateCents: 0 });
  });
});
