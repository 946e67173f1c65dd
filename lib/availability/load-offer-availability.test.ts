import { expect, it } from "vitest";
import { createLead } from "@/test/support/lead-fixtures";
import { createRoom, insertSession } from "@/test/support/booking-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { parseAvailabilityQuery } from "./availability-query";
import { loadOfferAvailability } from "./load-offer-availability";

// The studio's defaults: Europe/London, Monday to Saturday 10:00–22:00. 2026-12-07 is a Monday.
const NOW = new Date("2026-12-01T09:00:00Z");

describeEachDatabase("loadOfferAvailability", { poolSize: 4 }, ({ db }) => {
  it("lists each room's offers, free blocks per offer and anonymous busy times, by studio-local day", async () => {
    const room = await createRoom(db, { hourlyRateCents: 5_000, dayRateCents: 40_000 });
    const lead = await createLead(db);
    await insertSession(db, { inquiryId: lead.id, roomId: room.id, status: "CONFIRMED", startsAt: new Date("2026-12-08T12:00:00Z"), endsAt: new Date("2026-12-08T15:00:00Z") });
    // A hold that has run out no longer blocks, even before the sweep marks it.
    await insertSession(db, { inquiryId: lead.id, roomId: room.id, status: "HOLD", holdExpiresAt: new Date("2026-11-30T00:00:00Z"), startsAt: new Date("2026-12-09T10:00:00Z"), endsAt: new Date("2026-12-09T22:00:00Z") });

    const answer = (await loadOfferAvailability(db, { from: "2026-12-07", days: 7, roomId: room.id, now: NOW }))!;
    expect(answer.timeZone).toBe("Europe/London");
    const kinds = Object.fromEntries(answer.offers.map((offer) => [offer.id, offer.kind]));
    expect(answer.offers.map((offer) => [offer.kind, offer.price.amountMinor, offer.price.currency])).toEqual([
      ["HOURLY", 5_000, "GBP"],
      ["HALF_DAY", 24_000, "GBP"],
      ["FULL_DAY", 40_000, "GBP"],
      ["LOCKOUT", 36_000, "GBP"],
    ]);
    expect(answer.offers.find((offer) => offer.kind === "HALF_DAY")).toMatchObject({ blockMinutes: 360, startTimes: ["10:00", "16:00"] });

    const [listed] = answer.rooms;
    expect(listed!.days.map((day) => [day.date, day.closed])).toEqual([
      ["2026-12-07", false], ["2026-12-08", false], ["2026-12-09", false], ["2026-12-10", false], ["2026-12-11", false], ["2026-12-12", false], ["2026-12-13", true],
    ]);
    const tuesday = listed!.days[1]!;
    expect(tuesday.busy).toEqual([{ start: "2026-12-08T12:00:00.000Z", end: "2026-12-08T15:00:00.000Z" }]);
    expect(tuesday.free.map((block) => [kinds[block.offer], block.start, block.end])).toEqual([
      ["HOURLY", "2026-12-08T10:00:00.000Z", "2026-12-08T12:00:00.000Z"],
      ["HOURLY", "2026-12-08T15:00:00.000Z", "2026-12-08T22:00:00.000Z"],
      ["HALF_DAY", "2026-12-08T16:00:00.000Z", "2026-12-08T22:00:00.000Z"],
    ]);
    const wednesday = listed!.days[2]!;
    expect(wednesday.busy).toEqual([]);
    expect(wednesday.free.map((block) => kinds[block.offer])).toEqual(["HOURLY", "HALF_DAY", "HALF_DAY", "FULL_DAY", "LOCKOUT"]);
    expect(listed!.days[6]!.free).toEqual([]);
    expect(JSON.stringify(answer)).not.toContain(lead.reference);
  });

  it("lists lockout days only where a free run is long enough to book", async () => {
    const room = await createRoom(db);
    const lead = await createLead(db);
    // Free Mon 7 and Tue 8, busy Wed 9, free Thu 10 to Sat 12: only Thu to Sat can be a 3-day lockout.
    await insertSession(db, { inquiryId: lead.id, roomId: room.id, status: "CONFIRMED", startsAt: new Date("2026-12-09T12:00:00Z"), endsAt: new Date("2026-12-09T13:00:00Z") });
    const answer = (await loadOfferAvailability(db, { from: "2026-12-07", days: 6, roomId: room.id, now: NOW }))!;
    const lockout = answer.offers.find((offer) => offer.kind === "LOCKOUT")!;
    expect(answer.rooms[0]!.days.filter((day) => day.free.some((block) => block.offer === lockout.id)).map((day) => day.date)).toEqual(["2026-12-10", "2026-12-11", "2026-12-12"]);
  });

  it("answers null for a room that cannot be booked", async () => {
    const room = await createRoom(db);
    await db.room.update({ where: { id: room.id }, data: { active: false } });
    expect(await loadOfferAvailability(db, { days: 1, roomId: room.id, now: NOW })).toBeNull();
  });
});

it("reads the query with its defaults, and names every bad parameter", () => {
  expect(parseAvailabilityQuery(new URLSearchParams(""))).toEqual({ query: { days: 28 } });
  expect(parseAvailabilityQuery(new URLSearchParams("from=2026-12-07&days=62&room=0B6B3E2C-53E4-4B35-9E43-8C1E7B0B0A11"))).toEqual({
    query: { from: "2026-12-07", days: 62, room: "0b6b3e2c-53e4-4b35-9e43-8c1e7b0b0a11" },
  });
  const refused = parseAvailabilityQuery(new URLSearchParams("from=2026-02-30&days=63&room=studio-a"));
  expect(refused).toEqual({
    fields: {
      from: ["Use a date like 2026-12-01"],
      days: ["Use a whole number of days from 1 to 62"],
      room: ["Use the id of one of the studio's rooms, as the offers list them"],
    },
  });
  expect(parseAvailabilityQuery(new URLSearchParams("days=0"))).toMatchObject({ fields: { days: expect.any(Array) } });
  for (const from of ["9999-12-31", "0001-01-01"]) expect(parseAvailabilityQuery(new URLSearchParams(`from=${from}`))).toEqual({ fields: { from: ["Use a date within a year of today"] } });
  expect(parseAvailabilityQuery(new URLSearchParams("days=1.5"))).toMatchObject({ fields: { days: expect.any(Array) } });
});
