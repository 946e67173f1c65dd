import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { ExpectedError } from "@/lib/errors/expected-error";
import { createRoom as createRoomAsOwner } from "@/lib/studio/create-room";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { listRateCards } from "./list-rate-cards";
import type { RateCardInput } from "./rate-card-schema";
import { setRoomOffers } from "./set-room-offers";

const card = (overrides: RateCardInput = {}): RateCardInput => ({
  "HOURLY-sold": true, "HOURLY-label": "By the hour", "HOURLY-price": "55", "HOURLY-minHours": "3",
  "HALF_DAY-sold": true, "HALF_DAY-label": "Morning or evening", "HALF_DAY-price": "250.50", "HALF_DAY-blockHours": "5", "HALF_DAY-startTimes": "17:00, 09:00",
  "FULL_DAY-sold": false, "FULL_DAY-label": "Full day", "FULL_DAY-price": "400",
  "LOCKOUT-sold": true, "LOCKOUT-label": "Week lockout", "LOCKOUT-price": "350", "LOCKOUT-minDays": "5",
  ...overrides,
});

const fieldErrorsOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ExpectedError);
  return (error as ExpectedError).fieldErrors;
};

describeEachDatabase("setRoomOffers", { poolSize: 2 }, ({ db }) => {
  let owner: StaffMember;
  let staff: StaffMember;
  beforeAll(async () => {
    owner = await createStaff(db, "OWNER");
    staff = await createStaff(db, "STAFF");
  });

  it("gives a new room the four offers priced from its rates, and replaces them with what the owner sets", async () => {
    const { id } = await createRoomAsOwner(db, owner, { name: `Mix Room ${Date.now()}`, description: "", hourlyRate: "40", dayRate: "300", active: true });
    expect((await listRateCards(db)).get(id)!.map((offer) => [offer.kind, offer.priceMinor, offer.active])).toEqual([
      ["HOURLY", 4_000, true], ["HALF_DAY", 18_000, true], ["FULL_DAY", 30_000, true], ["LOCKOUT", 27_000, true],
    ]);
    await setRoomOffers(db, owner, id, card());
    const offers = (await listRateCards(db)).get(id)!;
    expect(offers.map(({ kind, label, priceMinor, minHours, blockMinutes, startTimes, minDays, active }) => ({ kind, label, priceMinor, minHours, blockMinutes, startTimes, minDays, active }))).toEqual([
      { kind: "HOURLY", label: "By the hour", priceMinor: 5_500, minHours: 3, blockMinutes: null, startTimes: [], minDays: null, active: true },
      { kind: "HALF_DAY", label: "Morning or evening", priceMinor: 25_050, minHours: null, blockMinutes: 300, startTimes: [540, 1020], minDays: null, active: true },
      { kind: "FULL_DAY", label: "Full day", priceMinor: 40_000, minHours: null, blockMinutes: null, startTimes: [], minDays: null, active: false },
      { kind: "LOCKOUT", label: "Week lockout", priceMinor: 35_000, minHours: null, blockMinutes: null, startTimes: [], minDays: 5, active: true },
    ]);
  });

  it("names every bad field and changes nothing", async () => {
    const { id } = await createRoomAsOwner(db, owner, { name: `Booth ${Date.now()}`, description: "", hourlyRate: "40", dayRate: "300", active: true });
    const before = await listRateCards(db);
    expect(await fieldErrorsOf(setRoomOffers(db, owner, id, card({ "HOURLY-price": "free", "HOURLY-minHours": "0", "HALF_DAY-startTimes": "25:00", "HALF_DAY-blockHours": "", "LOCKOUT-minDays": "1", "LOCKOUT-label": " " })))).toEqual({
      "HOURLY-price": ["By the hour: enter the price as an amount such as 45 or 45.50."],
      "HOURLY-minHours": ["By the hour: the minimum is a whole number of hours from 1 to 24."],
      "HALF_DAY-blockHours": ["Half day: its length is a whole number of hours from 1 to 24."],
      "HALF_DAY-startTimes": ["Half day: list up to 12 start times as HH:MM, separated by commas, such as 10:00, 16:00."],
      "LOCKOUT-label": ["Lockout: give the offer a name artists will read, such as “Lockout”."],
      "LOCKOUT-minDays": ["Lockout: the minimum is a whole number of days from 2 to 31."],
    });
    expect((await listRateCards(db)).get(id)).toEqual(before.get(id));
  });

  it("is for owners only, and for rooms that exist", async () => {
    const { id } = await createRoomAsOwner(db, owner, { name: `Suite ${Date.now()}`, description: "", hourlyRate: "40", dayRate: "300", active: true });
    await expect(setRoomOffers(db, staff, id, card())).rejects.toMatchObject({ code: "not-owner" });
    await expect(setRoomOffers(db, owner, "00000000-0000-4000-8000-000000000000", card())).rejects.toMatchObject({ code: "room-not-found" });
    await expect(setRoomOffers(db, owner, "not-a-room", card())).rejects.toMatchObject({ code: "room-not-found" });
  });
});
