import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createPrismaClient } from "@/lib/database/create-prisma-client";
import { ExpectedError } from "@/lib/errors/expected-error";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { loadBillingSettings } from "./load-billing-settings";
import { setCancellationPolicy, type PolicyTierInput } from "./set-cancellation-policy";

/** Six rows as the form sends them: the given ones, then empty rows. */
function rows(...filled: [string, string, string][]): PolicyTierInput[] {
  const typed = filled.map(([notice, unit, refund]) => ({ notice, unit, refund }));
  return [...typed, ...Array.from({ length: 6 - typed.length }, () => ({ notice: "", unit: "days", refund: "" }))];
}

describeEachDatabase("setCancellationPolicy", { poolSize: 2 }, ({ db, url }) => {
  let owner: StaffMember;
  let staff: StaffMember;
  beforeAll(async () => {
    owner = await createStaff(db, "OWNER");
    staff = await createStaff(db, "STAFF");
  });

  const stored = async () => {
    const { tiers, settings } = await loadBillingSettings(db);
    return { tiers, forfeitAsCredit: settings.forfeitAsCredit };
  };
  const fieldErrorsOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ code: "billing-invalid" });
    return (error as ExpectedError).fieldErrors;
  };

  it("starts from the migration's policy: 14 days for a full refund, 48 hours for half", async () => {
    expect(await stored()).toEqual({
      tiers: [
        { minNoticeHours: 336, refundPercent: 100 },
        { minNoticeHours: 48, refundPercent: 50 },
      ],
      forfeitAsCredit: false,
    });
  });

  it("replaces the tiers, in days or hours, skipping empty rows, and keeps the credit setting", async () => {
    const saved = await setCancellationPolicy(db, owner, { tiers: rows(["24", "hours", "0"], ["", "days", ""], [" 30 ", "days", "100"], ["7", "days", " 60 "]), forfeitAsCredit: true });
    const expected = {
      tiers: [
        { minNoticeHours: 720, refundPercent: 100 },
        { minNoticeHours: 168, refundPercent: 60 },
        { minNoticeHours: 24, refundPercent: 0 },
      ],
      forfeitAsCredit: true,
    };
    expect(saved).toEqual(expected);
    expect(await stored()).toEqual(expected);

    await setCancellationPolicy(db, owner, { tiers: rows(["365", "days", "100"], ["1", "hours", "10"]), forfeitAsCredit: false });
    expect(await stored()).toEqual({
      tiers: [
        { minNoticeHours: 8760, refundPercent: 100 },
        { minNoticeHours: 1, refundPercent: 10 },
      ],
      forfeitAsCredit: false,
    });
  });

  it("accepts a policy with no tiers: nothing is refunded", async () => {
    await setCancellationPolicy(db, owner, { tiers: rows(), forfeitAsCredit: true });
    expect(await stored()).toEqual({ tiers: [], forfeitAsCredit: true });
    await setCancellationPolicy(db, owner, { tiers: rows(["14", "days", "100"], ["48", "hours", "50"]), forfeitAsCredit: false });
  });

  it("names each bad notice and refund by its tier, and stores nothing", async () => {
    const before = await stored();
    expect(
      await fieldErrorsOf(
        setCancellationPolicy(db, owner, {
          tiers: rows(["0", "hours", "50"], ["366", "days", "101"], ["8761", "hours", "-1"], ["1.5", "days", "12.5"], ["", "days", "40"], ["3", "weeks", ""]),
          forfeitAsCredit: true,
        }),
      ),
    ).toEqual({
      "notice-0": ["Tier 1: give the notice as a whole number of hours or days, from 1 hour to 365 days."],
      "notice-1": ["Tier 2: give the notice as a whole number of hours or days, from 1 hour to 365 days."],
      "refund-1": ["Tier 2: give the refund as a whole percentage from 0 to 100."],
      "notice-2": ["Tier 3: give the notice as a whole number of hours or days, from 1 hour to 365 days."],
      "refund-2": ["Tier 3: give the refund as a whole percentage from 0 to 100."],
      "notice-3": ["Tier 4: give the notice as a whole number of hours or days, from 1 hour to 365 days."],
      "refund-3": ["Tier 4: give the refund as a whole percentage from 0 to 100."],
      "notice-4": ["Tier 5: give the notice as a whole number of hours or days, from 1 hour to 365 days."],
      "notice-5": ["Tier 6: give the notice as a whole number of hours or days, from 1 hour to 365 days."],
      "refund-5": ["Tier 6: give the refund as a whole percentage from 0 to 100."],
    });
    expect(await stored()).toEqual(before);
  });

  it("refuses two tiers with the same notice, however each was typed, naming the notice", async () => {
    const before = await stored();
    expect(await fieldErrorsOf(setCancellationPolicy(db, owner, { tiers: rows(["48", "hours", "50"], ["14", "days", "100"], ["2", "days", "40"]), forfeitAsCredit: true }))).toEqual({
      "notice-2": ["Two tiers both start at 48 hours' notice: give each a different notice."],
    });
    expect(await fieldErrorsOf(setCancellationPolicy(db, owner, { tiers: rows(["1", "hours", "5"], ["1", "hours", "5"]), forfeitAsCredit: false }))).toEqual({
      "notice-1": ["Two tiers both start at 1 hour's notice: give each a different notice."],
    });
    expect(await stored()).toEqual(before);
  });

  it("refuses a tier with more notice that refunds less, naming both", async () => {
    const before = await stored();
    expect(await fieldErrorsOf(setCancellationPolicy(db, owner, { tiers: rows(["7", "days", "30"], ["48", "hours", "50"], ["30", "days", "100"]), forfeitAsCredit: true }))).toEqual({
      "refund-0": ["A tier with more notice must refund at least as much as one with less: 7 days refunds 30 % but 48 hours refunds 50 %."],
    });
    expect(await stored()).toEqual(before);
  });

  it("refuses more than six tiers", async () => {
    const seven = [...rows(["1", "days", "10"]), { notice: "2", unit: "days", refund: "20" }];
    expect(await fieldErrorsOf(setCancellationPolicy(db, owner, { tiers: seven, forfeitAsCredit: false }))).toEqual({ tiers: ["A policy has at most 6 tiers."] });
  });

  it("lets two owners save at once: one policy wins whole", async () => {
    const other = createPrismaClient(url, { poolSize: 2 });
    try {
      const first = { tiers: rows(["10", "days", "100"], ["5", "days", "50"], ["24", "hours", "25"]), forfeitAsCredit: true };
      const second = { tiers: rows(["10", "days", "90"], ["5", "days", "40"]), forfeitAsCredit: false };
      for (let round = 0; round < 5; round += 1) {
        const results = await Promise.all([setCancellationPolicy(db, owner, first), setCancellationPolicy(other, owner, second)]);
        expect(results).toContainEqual(await stored());
      }
    } finally {
      await other.$disconnect();
    }
  });

  it("is for owners only", async () => {
    const before = await stored();
    await expect(setCancellationPolicy(db, staff, { tiers: rows(["1", "days", "100"]), forfeitAsCredit: true })).rejects.toMatchObject({ code: "not-owner" });
    expect(await stored()).toEqual(before);
  });
});
