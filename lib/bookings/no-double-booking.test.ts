// The guarantee the studio relies on: however many people book at once, a room and a person are
// never in two live sessions at the same time. 200 overlapping attempts race through separate
// connections; the database's exclusion constraints must let exactly one through.
import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { ExpectedError, isExpectedError } from "@/lib/errors/expected-error";
import { createBookablePerson, createRoom, sessionInput } from "@/test/support/booking-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { createSessions } from "./create-sessions";

const ATTEMPTS = 200;
const NOW = new Date("2026-11-22T12:00:00Z");

describeEachDatabase("no double booking", { poolSize: 20 }, ({ db }) => {
  let staff: StaffMember;
  beforeAll(async () => {
    staff = await createStaff(db, "STAFF");
  });

  /** Overlapping attempts (each for its own lead, at slightly different times), all at once. */
  async function race(attempt: (index: number, leadId: string) => Record<string, unknown>) {
    const leads = [];
    for (let i = 0; i < ATTEMPTS; i += 20) leads.push(...(await Promise.all(Array.from({ length: 20 }, () => createLead(db)))));
    const outcomes = await Promise.allSettled(
      leads.map((lead, index) => createSessions(db, staff, lead.id, attempt(index, lead.id), { now: NOW, emailSettings: inquiryContext(db).emailSettings })),
    );
    const failures = outcomes.filter((outcome) => outcome.status === "rejected").map((outcome) => (outcome as PromiseRejectedResult).reason);
    const unexpected = failures.filter((reason) => !isExpectedError(reason, "booking-conflict"));
    expect(unexpected).toEqual([]);
    return { succeeded: outcomes.length - failures.length, conflicts: failures as ExpectedError[] };
  }

  // Starts staggered by minutes within 10:00–10:59, each lasting two hours: every pair overlaps.
  const overlapping = (index: number) => {
    const minute = String(index % 60).padStart(2, "0");
    return { startTime: `10:${minute}`, endTime: `12:${minute}` };
  };

  it(`lets exactly one of ${ATTEMPTS} overlapping bookings of one room through`, async () => {
    const room = await createRoom(db);
    const { succeeded, conflicts } = await race((index) => sessionInput(room.id, { dates: ["2026-12-08"], ...overlapping(index), status: index % 2 ? "HOLD" : "CONFIRMED" }));
    expect(succeeded).toBe(1);
    expect(conflicts).toHaveLength(ATTEMPTS - 1);
    expect(conflicts.every((error) => error.message.includes(`${room.name} is already booked then`))).toBe(true);
    expect(await db.booking.count({ where: { roomId: room.id } })).toBe(1);
  });

  it(`lets exactly one of ${ATTEMPTS} overlapping bookings of one person (in different rooms) through`, async () => {
    const engineer = await createBookablePerson(db, ["ENGINEER", "PRODUCER"]);
    const rooms = await Promise.all(Array.from({ length: 8 }, () => createRoom(db)));
    const { succeeded, conflicts } = await race((index) =>
      sessionInput(rooms[index % rooms.length]!.id, { dates: ["2026-12-09"], ...overlapping(index), [index % 2 ? "engineerId" : "producerId"]: engineer.id }),
    );
    expect(succeeded).toBe(1);
    expect(conflicts).toHaveLength(ATTEMPTS - 1);
    // Attempts in the winner's room may hit the room's constraint first; the rest name the person.
    expect(conflicts.every((error) => /is already booked then: it clashes with SD-/.test(error.message))).toBe(true);
    expect(conflicts.some((error) => error.message.startsWith(`${engineer.name} is already booked then`))).toBe(true);
    expect(await db.bookingPerson.count({ where: { userId: engineer.id } })).toBe(1);
  });

  it("leaves no overlapping live sessions anywhere (checked by self-joins)", async () => {
    const [{ rooms }] = await db.$queryRaw<{ rooms: bigint }[]>`
      SELECT count(*) AS rooms FROM "Booking" a JOIN "Booking" b
        ON a."roomId" = b."roomId" AND a."id" < b."id"
        AND tstzrange(a."startsAt", a."endsAt") && tstzrange(b."startsAt", b."endsAt")
      WHERE a."status" IN ('HOLD', 'CONFIRMED') AND b."status" IN ('HOLD', 'CONFIRMED')`;
    const [{ people }] = await db.$queryRaw<{ people: bigint }[]>`
      SELECT count(*) AS people FROM "BookingPerson" a JOIN "BookingPerson" b
        ON a."userId" = b."userId" AND a."bookingId" < b."bookingId"
        AND tstzrange(a."startsAt", a."endsAt") && tstzrange(b."startsAt", b."endsAt")
      WHERE a."status" IN ('HOLD', 'CONFIRMED') AND b."status" IN ('HOLD', 'CONFIRMED')`;
    expect(Number(rooms)).toBe(0);
    expect(Number(people)).toBe(0);
    // The check has something to look at: the two races above left their winners.
    expect(await db.booking.count({ where: { status: { in: ["HOLD", "CONFIRMED"] } } })).toBeGreaterThanOrEqual(2);
  });
});
