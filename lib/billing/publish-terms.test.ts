import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createPrismaClient } from "@/lib/database/create-prisma-client";
import { ExpectedError } from "@/lib/errors/expected-error";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { listTermsVersions } from "./list-terms-versions";
import { loadBillingSettings } from "./load-billing-settings";
import { publishTerms } from "./publish-terms";

describeEachDatabase("publishTerms", { poolSize: 2 }, ({ db, url }) => {
  let owner: StaffMember;
  let staff: StaffMember;
  beforeAll(async () => {
    owner = await createStaff(db, "OWNER");
    staff = await createStaff(db, "STAFF");
  });

  const fieldErrorsOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ code: "billing-invalid" });
    return (error as ExpectedError).fieldErrors;
  };

  it("publishes the first version, then each change as the next, written by the owner", async () => {
    expect((await loadBillingSettings(db)).terms).toBeNull();
    const first = await publishTerms(db, owner, { body: "  1. Sessions start on time.\r\n2. Deposits are non-refundable.  " });
    expect(first).toMatchObject({ version: 1, body: "1. Sessions start on time.\n2. Deposits are non-refundable.", createdById: owner.id });
    const second = await publishTerms(db, owner, { body: "1. Sessions start on time.\n2. Deposits follow the cancellation policy." });
    expect(second.version).toBe(2);
    expect((await loadBillingSettings(db)).terms).toEqual(second);

    const versions = await listTermsVersions(db);
    expect(versions.map(({ version, author }) => ({ version, author }))).toEqual([
      { version: 2, author: owner.name },
      { version: 1, author: owner.name },
    ]);
    expect(versions[0].createdAt).toEqual(second.createdAt);
  });

  it("refuses the latest version's text again, naming the version, and stores nothing", async () => {
    const { terms } = await loadBillingSettings(db);
    expect(await fieldErrorsOf(publishTerms(db, owner, { body: `${terms!.body}\r\n\r\n` }))).toEqual({ body: [`These are already the terms of version ${terms!.version}.`] });
    expect((await loadBillingSettings(db)).terms).toEqual(terms);
  });

  it("refuses empty terms and terms over 20,000 characters", async () => {
    const before = await listTermsVersions(db);
    for (const body of ["", "   \n  ", undefined]) {
      expect(await fieldErrorsOf(publishTerms(db, owner, { body })), String(body)).toEqual({ body: [body === undefined ? "The text of the terms must be text." : "Write the terms before publishing them."] });
    }
    expect(await fieldErrorsOf(publishTerms(db, owner, { body: "é".repeat(20_001) }))).toEqual({ body: ["The text of the terms can be at most 20,000 characters."] });
    expect(await fieldErrorsOf(publishTerms(db, owner, { body: "Terms\u0000" }))).toEqual({ body: ["The text of the terms contains characters we cannot accept."] });
    expect(await listTermsVersions(db)).toEqual(before);
    // Exactly the limit, counted in characters (an emoji is one, though two UTF-16 units).
    expect((await publishTerms(db, owner, { body: "🎤".repeat(20_000) })).body).toHaveLength(40_000);
  });

  it("gives two owners publishing at once consecutive versions", async () => {
    const other = createPrismaClient(url, { poolSize: 2 });
    const otherOwner = await createStaff(db, "OWNER");
    try {
      for (let round = 0; round < 5; round += 1) {
        const latest = (await loadBillingSettings(db)).terms!.version;
        const published = await Promise.all([
          publishTerms(db, owner, { body: `Round ${round}, as the first owner wrote it.` }),
          publishTerms(other, otherOwner, { body: `Round ${round}, as the second owner wrote it.` }),
        ]);
        expect(published.map((terms) => terms.version).sort((a, b) => a - b)).toEqual([latest + 1, latest + 2]);
      }
    } finally {
      await other.$disconnect();
    }
  });

  it("is for owners only", async () => {
    const before = await listTermsVersions(db);
    await expect(publishTerms(db, staff, { body: "Staff's own terms." })).rejects.toMatchObject({ code: "not-owner" });
    expect(await listTermsVersions(db)).toEqual(before);
  });
});
