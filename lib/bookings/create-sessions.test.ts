import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createBookablePerson, createRoom, sessionInput } from "@/test/support/booking-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { createSessions } from "./create-sessions";

// 1 December 2026 is a Tuesday; the migration opens the studio Monday to Saturday, 10:00 to 22:00.
const NOW = new Date("2026-11-22T12:00:00Z");

describeEachDatabase("createSessions", { poolSize: 4 }, ({ db }) => {
  let staff: StaffMember;
  let owner: StaffMember;
  beforeAll(async () => {
    staff = await createStaff(db, "STAFF");
    owner = await createStaff(db, "OWNER");
  });

  const create = (actor: StaffMember, leadId: string, input: Record<string, unknown>) =>
    createSessions(db, actor, leadId, input, { now: NOW, emailSettings: inquiryContext(db).emailSettings });

  it("holds a session with its people, an expiry after the studio's hold days, and a timeline entry", async () => {
    const [lead, room, engineer, producer] = await Promise.all([createLead(db), createRoom(db), createBookablePerson(db, ["ENGINEER"]), createBookablePerson(db, ["PRODUCER", "ENGINEER"])]);
    const [id] = await create(staff, lead.id, sessionInput(room.id, { engineerId: engineer.id, producerId: producer.id }));
    const booking = await db.booking.findUniqueOrThrow({ where: { id }, include: { people: true } });
    expect(booking).toMatchObject({ status: "HOLD", pricing: "HOURLY", outsideHours: false, startsAt: new Date("2026-12-01T10:00:00Z"), endsAt: new Date("2026-12-01T14:00:00Z") });
    expect(booking.holdExpiresAt).toEqual(new Date(NOW.getTime() + 7 * 86_400_000));
    expect(booking.people.map((p) => [p.role, p.userId]).sort()).toEqual([["ENGINEER", engineer.id], ["PRODUCER", producer.id]].sort());
    const events = await db.leadEvent.findMany({ where: { inquiryId: lead.id, bookingId: id } });
    expect(events.map((event) => event.type)).toEqual(["SESSION_HELD"]);
    // No invitation for a hold; only its reminders (artist and staff), for a day before it lapses.
    expect(await db.outboxMessage.findMany({ where: { inquiryId: lead.id, kind: { startsWith: "booking." } }, select: { kind: true, status: true }, orderBy: { kind: "asc" } })).toEqual([
      { kind: "booking.hold-ending", status: "PENDING" },
      { kind: "booking.hold-ending-staff", status: "PENDING" },
    ]);
  });

  it("books several non-consecutive whole days at opening hours, all or none", async () => {
    const [lead, room] = await Promise.all([createLead(db), createRoom(db)]);
    const ids = await create(staff, lead.id, sessionInput(room.id, { dates: ["2026-12-04", "2026-12-02"], wholeDay: true, startTime: "", endTime: "" }));
    const bookings = await db.booking.findMany({ where: { id: { in: ids } }, orderBy: { startsAt: "asc" } });
    expect(bookings.map((b) => [b.startsAt.toISOString(), b.endsAt.toISOString(), b.pricing])).toEqual([
      ["2026-12-02T10:00:00.000Z", "2026-12-02T22:00:00.000Z", "DAY"],
      ["2026-12-04T10:00:00.000Z", "2026-12-04T22:00:00.000Z", "DAY"],
    ]);
    // One of three days clashes: none of them is booked.
    const other = await createLead(db);
    await expect(create(staff, other.id, sessionInput(room.id, { dates: ["2026-12-03", "2026-12-04", "2026-12-05"], startTime: "12:00", endTime: "13:00" }))).rejects.toMatchObject({ code: "booking-conflict" });
    expect(await db.booking.count({ where: { inquiryId: other.id } })).toBe(0);
  });

  it("lets one session end exactly when the next begins (half-open ranges)", async () => {
    const [a, b, room] = await Promise.all([createLead(db), createLead(db), createRoom(db)]);
    await create(staff, a.id, sessionInput(room.id, { startTime: "10:00", endTime: "14:00" }));
    await expect(create(staff, b.id, sessionInput(room.id, { startTime: "14:00", endTime: "16:00" }))).resolves.toHaveLength(1);
  });

  it("names the clashing session when the room or a person is taken", async () => {
    const [a, b, room, other, engineer] = await Promise.all([createLead(db), createLead(db), createRoom(db, { name: `Studio A ${Date.now()}` }), createRoom(db), createBookablePerson(db, ["ENGINEER"])]);
    await create(staff, a.id, sessionInput(room.id, { engineerId: engineer.id }));
    const roomClash = create(staff, b.id, sessionInput(room.id, { startTime: "13:00", endTime: "15:00" }));
    await expect(roomClash).rejects.toMatchObject({ code: "booking-conflict" });
    await expect(roomClash).rejects.toThrow(new RegExp(`Studio A .* is already booked then: it clashes with ${a.reference}'s hold in Studio A .*\\(Tue, 1 Dec 2026, 10:00 GMT – 14:00 GMT\\)`));
    const personClash = create(staff, b.id, sessionInput(other.id, { engineerId: engineer.id, startTime: "11:00", endTime: "12:00" }));
    await expect(personClash).rejects.toThrow(new RegExp(`^${engineer.name} is already booked then: it clashes with ${a.reference}'s hold`));
  });

  it("refuses people without the role's skill, inactive rooms and bad input, with field messages", async () => {
    const [lead, room, producerOnly] = await Promise.all([createLead(db), createRoom(db), createBookablePerson(db, ["PRODUCER"])]);
    await expect(create(staff, lead.id, sessionInput(room.id, { engineerId: producerOnly.id }))).rejects.toMatchObject({
      fieldErrors: { engineerId: ["This person is not set up as an engineer (see Settings)."] },
    });
    await db.room.update({ where: { id: room.id }, data: { active: false } });
    await expect(create(staff, lead.id, sessionInput(room.id))).rejects.toMatchObject({ fieldErrors: { roomId: ["This room is not available for booking."] } });
    const invalid = create(staff, lead.id, { ...sessionInput(room.id), dates: ["2026-02-30"], startTime: "25:00", status: "MAYBE" });
    await expect(invalid).rejects.toMatchObject({ code: "booking-invalid" });
    await expect(invalid).rejects.toMatchObject({ fieldErrors: { dates: expect.any(Array), startTime: expect.any(Array), status: expect.any(Array) } });
    expect(await db.booking.count({ where: { inquiryId: lead.id } })).toBe(0);
  });

  it("refuses times outside opening hours and closures unless an owner overrides", async () => {
    const [lead, room] = await Promise.all([createLead(db), createRoom(db)]);
    const late = sessionInput(room.id, { startTime: "21:00", endTime: "23:30" });
    await expect(create(staff, lead.id, late)).rejects.toThrow("On Tuesdays the studio is open 10:00–22:00. Only an owner can book outside opening hours.");
    await expect(create(staff, lead.id, { ...late, overrideHours: true })).rejects.toMatchObject({ code: "outside-opening-hours" });
    await expect(create(owner, lead.id, late)).rejects.toThrow("Tick “Book outside opening hours”");
    const [id] = await create(owner, lead.id, { ...late, overrideHours: true });
    expect((await db.booking.findUniqueOrThrow({ where: { id } })).outsideHours).toBe(true);

    await db.closure.create({ data: { startsOn: new Date("2026-12-24"), endsOn: new Date("2026-12-26"), reason: "Christmas" } });
    await expect(create(staff, lead.id, sessionInput(room.id, { dates: ["2026-12-24"] }))).rejects.toThrow("The studio is closed on 2026-12-24 (Christmas).");
    await expect(create(staff, lead.id, sessionInput(room.id, { dates: ["2026-12-06"] }))).rejects.toThrow("The studio is closed on Sundays.");
  });

  it("confirming straight away queues the artist's invitation and moves the lead to BOOKED", async () => {
    const [lead, room] = await Promise.all([createLead(db), createRoom(db)]);
    const [id] = await create(staff, lead.id, sessionInput(room.id, { status: "CONFIRMED" }));
    expect(await db.booking.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CONFIRMED", holdExpiresAt: null, confirmedAt: NOW });
    const mail = await db.outboxMessage.findMany({ where: { inquiryId: lead.id, kind: "booking.confirmed" } });
    expect(mail).toHaveLength(1);
    expect(mail[0]!.calendarMethod).toBe("REQUEST");
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: lead.id } })).status).toBe("BOOKED");
  });

  it("keeps the studio's wall-clock time across daylight-saving changes", async () => {
    const room = await createRoom(db);
    const lead = await createLead(db);
    const book = async (date: string) => {
      const [id] = await create(owner, lead.id, sessionInput(room.id, { dates: [date], startTime: "10:00", endTime: "14:00", overrideHours: true }));
      const { startsAt, endsAt } = await db.booking.findUniqueOrThrow({ where: { id } });
      return [startsAt.toISOString(), endsAt.toISOString()];
    };
    // Europe/London: GMT until 29 March 2026, BST until 25 October.
    expect(await book("2026-03-27")).toEqual(["2026-03-27T10:00:00.000Z", "2026-03-27T14:00:00.000Z"]);
    expect(await book("2026-03-30")).toEqual(["2026-03-30T09:00:00.000Z", "2026-03-30T13:00:00.000Z"]);
    expect(await book("2026-10-26")).toEqual(["2026-10-26T10:00:00.000Z", "2026-10-26T14:00:00.000Z"]);
    await db.studioSettings.update({ where: { id: 1 }, data: { timeZone: "America/New_York" } });
    try {
      // America/New_York: EST until 8 March 2026, EDT until 1 November.
      expect(await book("2026-03-06")).toEqual(["2026-03-06T15:00:00.000Z", "2026-03-06T19:00:00.000Z"]);
      expect(await book("2026-03-09")).toEqual(["2026-03-09T14:00:00.000Z", "2026-03-09T18:00:00.000Z"]);
      expect(await book("2026-11-02")).toEqual(["2026-11-02T15:00:00.000Z", "2026-11-02T19:00:00.000Z"]);
    } finally {
      await db.studioSettings.update({ where: { id: 1 }, data: { timeZone: "Europe/London" } });
    }
  });
});
