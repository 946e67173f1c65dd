import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createPrismaClient } from "@/lib/database/create-prisma-client";
import { ExpectedError } from "@/lib/errors/expected-error";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { loadStudioSettings } from "./load-studio-settings";
import { setOpeningHours, type OpeningDayInput } from "./set-opening-hours";

/** A week open 10:00 to 22:00 every day, with `changes` on some weekdays. */
function week(changes: Record<number, Partial<OpeningDayInput>> = {}): OpeningDayInput[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, closed: false, opens: "10:00", closes: "22:00", ...changes[weekday] }));
}

describeEachDatabase("setOpeningHours", { poolSize: 2 }, ({ db, url: databaseUrl }) => {
  let owner: StaffMember;
  let staff: StaffMember;
  beforeAll(async () => {
    owner = await createStaff(db, "OWNER");
    staff = await createStaff(db, "STAFF");
  });

  const hours = async () => (await loadStudioSettings(db)).openingHours;
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ExpectedError);
    return (error as ExpectedError).fieldErrors;
  };

  it("replaces the whole week: closed days lose their row, 24:00 closes at midnight", async () => {
    expect(await hours()).toHaveLength(6); // the migration's default: Monday to Saturday
    const saved = await setOpeningHours(db, owner, {
      days: week({ 1: { closed: true, opens: "", closes: "" }, 5: { opens: "12:30", closes: "24:00" }, 7: { opens: "00:00", closes: "06:00" } }).reverse(),
    });
    const expected = [
      { weekday: 2, opensAt: 600, closesAt: 1320 },
      { weekday: 3, opensAt: 600, closesAt: 1320 },
      { weekday: 4, opensAt: 600, closesAt: 1320 },
      { weekday: 5, opensAt: 750, closesAt: 1440 },
      { weekday: 6, opensAt: 600, closesAt: 1320 },
      { weekday: 7, opensAt: 0, closesAt: 360 },
    ];
    expect(saved).toEqual(expected);
    expect(await hours()).toEqual(expected);

    await setOpeningHours(db, owner, { days: week({ 2: { opens: "09:00", closes: "17:00" } }) });
    expect(await hours()).toEqual([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: weekday === 2 ? 540 : 600, closesAt: weekday === 2 ? 1020 : 1320 })));

    await setOpeningHours(db, owner, { days: week(Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((weekday) => [weekday, { closed: true }]))) });
    expect(await hours()).toEqual([]);
  });

  it("names the weekday and field of every bad time, and changes nothing", async () => {
    await setOpeningHours(db, owner, { days: week() });
    const errors = await failure(
      setOpeningHours(db, owner, {
        days: week({ 1: { opens: "9am" }, 2: { closes: "" }, 3: { opens: "18:00", closes: "10:00" }, 4: { opens: "12:00", closes: "12:00" }, 5: { closes: "24:30" }, 6: { closed: true, opens: "junk" } }),
      }),
    );
    expect(errors).toEqual({
      "opens-1": ["Enter when Monday opens as HH:MM, such as 10:00."],
      "closes-2": ["Enter when Tuesday closes as HH:MM, such as 22:00 (24:00 is midnight)."],
      "closes-3": ["Wednesday must close after it opens."],
      "closes-4": ["Thursday must close after it opens."],
      "closes-5": ["Enter when Friday closes as HH:MM, such as 22:00 (24:00 is midnight)."],
    });
    expect(await hours()).toHaveLength(7);
  });

  it("needs all seven weekdays exactly once", async () => {
    const message = { form: ["Send the hours of all seven weekdays."] };
    expect(await failure(setOpeningHours(db, owner, { days: week().slice(0, 6) }))).toEqual(message);
    expect(await failure(setOpeningHours(db, owner, { days: [...week().slice(0, 6), { ...week()[0] }] }))).toEqual(message);
    expect(await failure(setOpeningHours(db, owner, { days: [...week().slice(0, 6), { ...week()[0], weekday: 8 }] }))).toEqual(message);
  });

  it("lets two owners save at once without a collision: one week wins whole", async () => {
    const other = createPrismaClient(databaseUrl, { poolSize: 2 });
    try {
      const early = week({ 1: { opens: "08:00" }, 2: { opens: "08:00" } });
      const late = week({ 1: { closed: true }, 3: { opens: "11:00" } });
      for (let round = 0; round < 5; round += 1) {
        const results = await Promise.allSettled([setOpeningHours(db, owner, { days: early }), setOpeningHours(other, owner, { days: late })]);
        expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"]);
        const stored = await hours();
        expect([results[0], results[1]].map((result) => (result as PromiseFulfilledResult<unknown>).value)).toContainEqual(stored);
      }
    } finally {
      await other.$disconnect();
    }
  });

  it("is for owners only", async () => {
    const before = await hours();
    await expect(setOpeningHours(db, staff, { days: week({ 1: { closed: true } }) })).rejects.toMatchObject({ code: "not-owner" });
    expect(await hours()).toEqual(before);
  });
});
