import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { type Database } from "@/lib/database/create-prisma-client";
import type { BookingStatus, StaffSkill } from "@/lib/generated/prisma/client";
import { createBookablePerson, createRoom, insertSession } from "@/test/support/booking-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { layoutWeek } from "./layout-week";
import { loadWeekCalendar } from "./load-week-calendar";

const LONDON = "Europe/London";

type BookingInput = { inquiryId: string; roomId: string; startsAt: string; endsAt: string; status?: BookingStatus; people?: { role: StaffSkill; userId: string }[] };

/** A session written straight to the tables, so that any time (past midnight, in a clock change) can be set up. */
async function insertBooking(db: Database, { inquiryId, roomId, startsAt, endsAt, status = "CONFIRMED", people = [] }: BookingInput) {
  const booking = await insertSession(db, { inquiryId, roomId, startsAt: new Date(startsAt), endsAt: new Date(endsAt), status, holdExpiresAt: status === "HOLD" ? new Date("2027-01-01T00:00:00Z") : null });
  if (people.length > 0) {
    await db.bookingPerson.createMany({ data: people.map((person) => ({ ...person, bookingId: booking.id, startsAt: booking.startsAt, endsAt: booking.endsAt, status: booking.status })) });
  }
  return booking.id;
}

describeEachDatabase("loadWeekCalendar", { poolSize: 3 }, ({ db }) => {
  let engineer: StaffMember;
  let producer: StaffMember;
  let roomA: { id: string; name: string };
  let roomB: { id: string; name: string };
  let lead: { id: string; reference: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    [engineer, producer, roomA, roomB] = await Promise.all([createBookablePerson(db, ["ENGINEER"]), createBookablePerson(db, ["PRODUCER"]), createRoom(db), createRoom(db)]);
    lead = await createLead(db);
    const at = (startsAt: string, endsAt: string, rest: Partial<BookingInput> = {}) => insertBooking(db, { inquiryId: lead.id, roomId: roomA.id, startsAt, endsAt, ...rest });
    // The week of Monday 30 March 2026, the first full week of British Summer Time: it runs
    // from 2026-03-29T23:00Z to 2026-04-05T23:00Z.
    ids.held = await at("2026-03-30T09:00:00Z", "2026-03-30T13:00:00Z", { status: "HOLD", people: [{ role: "ENGINEER", userId: engineer.id }, { role: "PRODUCER", userId: producer.id }] });
    ids.endsAtWeekStart = await at("2026-03-29T21:00:00Z", "2026-03-29T23:00:00Z");
    ids.firstHour = await at("2026-03-29T23:00:00Z", "2026-03-30T01:00:00Z");
    ids.lastHour = await at("2026-04-05T22:00:00Z", "2026-04-05T23:00:00Z");
    ids.nextWeek = await at("2026-04-05T23:00:00Z", "2026-04-06T00:00:00Z");
    ids.cancelled = await at("2026-03-31T09:00:00Z", "2026-03-31T10:00:00Z", { status: "CANCELLED", people: [{ role: "ENGINEER", userId: engineer.id }] });
    ids.expired = await at("2026-03-31T09:00:00Z", "2026-03-31T10:00:00Z", { status: "EXPIRED" });
    ids.otherRoom = await at("2026-04-01T13:00:00Z", "2026-04-01T15:00:00Z", { roomId: roomB.id, people: [{ role: "ENGINEER", userId: engineer.id }] });
  });

  it("reads a room's live sessions in the studio's week, bounded by local midnights", async () => {
    const calendar = await loadWeekCalendar(db, { week: "2026-04-02", timeZone: LONDON, subject: { kind: "room", id: roomA.id } });
    expect(calendar.weekStart).toBe("2026-03-30");
    expect(calendar.days).toEqual(["2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2026-04-05"]);
    expect([calendar.from, calendar.to]).toEqual([new Date("2026-03-29T23:00:00Z"), new Date("2026-04-05T23:00:00Z")]);
    expect(calendar.sessions.map((session) => session.id)).toEqual([ids.firstHour, ids.held, ids.lastHour]);
    expect(calendar.sessions[1]).toEqual({
      id: ids.held,
      inquiryId: lead.id,
      reference: lead.reference,
      status: "HOLD",
      roomId: roomA.id,
      roomName: roomA.name,
      startsAt: new Date("2026-03-30T09:00:00Z"),
      endsAt: new Date("2026-03-30T13:00:00Z"),
      sequence: 0,
      people: [
        { role: "ENGINEER", userId: engineer.id, name: engineer.name },
        { role: "PRODUCER", userId: producer.id, name: producer.name },
      ],
    });
    expect(calendar.sessions[0].people).toEqual([]);
  });

  it("positions a 10:00–14:00 session on the Monday after the clocks change at 10:00 local", async () => {
    const calendar = await loadWeekCalendar(db, { week: "2026-03-30", timeZone: LONDON, subject: { kind: "room", id: roomA.id } });
    const layout = layoutWeek({ days: calendar.days, sessions: calendar.sessions, timeZone: LONDON, openingHours: [], closures: [], today: "2026-03-30" });
    const monday = layout.days[0].segments.find((segment) => segment.session.id === ids.held);
    expect(monday && [monday.startMinutes, monday.endMinutes]).toEqual([600, 840]);
    expect(layout.days[0].segments.find((segment) => segment.session.id === ids.firstHour)).toMatchObject({ startMinutes: 0, endMinutes: 120 });
    expect(layout.days[6].segments.map((segment) => [segment.session.id, segment.startMinutes, segment.endMinutes])).toEqual([[ids.lastHour, 1380, 1440]]);
  });

  it("reads a person's sessions in every room and role", async () => {
    const forEngineer = await loadWeekCalendar(db, { week: "2026-03-30", timeZone: LONDON, subject: { kind: "person", id: engineer.id } });
    expect(forEngineer.sessions.map((session) => [session.id, session.roomName])).toEqual([[ids.held, roomA.name], [ids.otherRoom, roomB.name]]);
    const forProducer = await loadWeekCalendar(db, { week: "2026-03-30", timeZone: LONDON, subject: { kind: "person", id: producer.id } });
    expect(forProducer.sessions.map((session) => session.id)).toEqual([ids.held]);
  });

  it("finds nothing in another week or for a room nobody booked", async () => {
    const earlier = await loadWeekCalendar(db, { week: "2026-03-23", timeZone: LONDON, subject: { kind: "room", id: roomA.id } });
    expect(earlier.sessions.map((session) => session.id)).toEqual([ids.endsAtWeekStart]);
    const empty = await createRoom(db);
    expect((await loadWeekCalendar(db, { week: "2026-03-30", timeZone: LONDON, subject: { kind: "room", id: empty.id } })).sessions).toEqual([]);
  });
});
