import ICAL from "ical.js";
import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createBookablePerson, createRoom, sessionInput } from "@/test/support/booking-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { cancelBooking } from "./cancel-booking";
import { confirmBooking } from "./confirm-booking";
import { createSessions } from "./create-sessions";
import { expireHolds } from "./expire-holds";
import { moveSession } from "./move-session";
import { loadLeadTimeline } from "@/lib/leads/load-lead-timeline";

const NOW = new Date("2026-11-22T12:00:00Z");
const DAY = 86_400_000;

describeEachDatabase("a session's life", { poolSize: 6 }, ({ db }) => {
  let staff: StaffMember;
  beforeAll(async () => {
    staff = await createStaff(db, "STAFF");
  });

  const settings = () => inquiryContext(db).emailSettings;
  const hold = async (roomId: string, overrides: Record<string, unknown> = {}, now = NOW) => {
    const lead = await createLead(db);
    const [id] = await createSessions(db, staff, lead.id, sessionInput(roomId, overrides), { now, emailSettings: settings() });
    return { lead, id: id! };
  };
  // The artist's emails about the session itself (a hold's reminder has tests of its own).
  // The session's own emails, with its invitation; reminders are schedule-session-reminders.test.ts's.
  const bookingEmails = (leadId: string) =>
    db.outboxMessage.findMany({ where: { inquiryId: leadId, kind: { in: ["booking.confirmed", "booking.changed", "booking.cancelled"] } }, orderBy: { createdAt: "asc" } });
  const vevent = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;

  it("confirm, move, cancel: each change reaches the artist as the same event with a newer SEQUENCE", async () => {
    const room = await createRoom(db);
    const { lead, id } = await hold(room.id);
    await confirmBooking(db, staff, { leadId: lead.id, bookingId: id, now: new Date(NOW.getTime() + 1000) }, settings());
    const { updatedAt } = await db.booking.findUniqueOrThrow({ where: { id } });
    await moveSession(db, staff, lead.id, { bookingId: id, version: updatedAt.toISOString(), roomId: room.id, dates: ["2026-12-02"], startTime: "11:00", endTime: "15:00" }, { now: new Date(NOW.getTime() + 2000), emailSettings: settings() });
    await cancelBooking(db, staff, { leadId: lead.id, bookingId: id, now: new Date(NOW.getTime() + 3000) }, settings());

    const emails = await bookingEmails(lead.id);
    expect(emails.map((email) => [email.kind, email.calendarMethod])).toEqual([
      ["booking.confirmed", "REQUEST"],
      ["booking.changed", "REQUEST"],
      ["booking.cancelled", "CANCEL"],
    ]);
    const events = emails.map((email) => vevent(email.calendarContent!));
    expect(new Set(events.map((event) => event.getFirstPropertyValue("uid"))).size).toBe(1);
    expect(events.map((event) => Number(event.getFirstPropertyValue("sequence")))).toEqual([0, 1, 2]);
    expect((events[1]!.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate()).toEqual(new Date("2026-12-02T11:00:00Z"));
    const timeline = await db.leadEvent.findMany({ where: { bookingId: id }, orderBy: { createdAt: "asc" } });
    expect(timeline.map((event) => event.type)).toEqual(["SESSION_HELD", "SESSION_CONFIRMED", "SESSION_MOVED", "SESSION_CANCELLED"]);
    // Cancelled frees the slot.
    await expect(hold(room.id, { dates: ["2026-12-02"], startTime: "11:00", endTime: "15:00" })).resolves.toBeTruthy();
  });

  it("refuses a move based on a stale page, and a move onto a taken slot, changing nothing", async () => {
    const room = await createRoom(db);
    const { lead, id } = await hold(room.id);
    await hold(room.id, { startTime: "15:00", endTime: "17:00" });
    const before = await db.booking.findUniqueOrThrow({ where: { id } });
    const move = (version: string, startTime: string, endTime: string) =>
      moveSession(db, staff, lead.id, { bookingId: id, version, roomId: room.id, dates: ["2026-12-01"], startTime, endTime }, { now: NOW, emailSettings: settings() });
    await expect(move(new Date(0).toISOString(), "16:00", "18:00")).rejects.toMatchObject({ code: "booking-state-conflict" });
    await expect(move(before.updatedAt.toISOString(), "14:00", "16:00")).rejects.toMatchObject({ code: "booking-conflict" });
    expect(await db.booking.findUniqueOrThrow({ where: { id } })).toEqual(before);
    // Moving a hold sends nothing: the artist has no invitation yet.
    await move(before.updatedAt.toISOString(), "12:00", "15:00");
    expect(await bookingEmails(lead.id)).toEqual([]);
  });

  it("an expired hold frees its slot, is recorded once on the timeline, and cannot be confirmed", async () => {
    const room = await createRoom(db);
    const { lead, id } = await hold(room.id);
    const later = new Date(NOW.getTime() + 8 * DAY); // holds last 7 days
    // Even before any sweep, an overdue hold does not block a new booking.
    const { lead: next } = await hold(room.id, {}, later);
    expect(await db.booking.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "EXPIRED", expiredAt: later });
    await expect(confirmBooking(db, staff, { leadId: lead.id, bookingId: id, now: later }, settings())).rejects.toMatchObject({ code: "booking-state-conflict" });

    expect(await db.leadEvent.count({ where: { inquiryId: lead.id, type: "SESSION_EXPIRED" } })).toBe(1);
    expect(await db.booking.count({ where: { inquiryId: next.id, status: "HOLD" } })).toBe(1);
  });

  it("an overdue hold that no sweep has reached yet cannot be moved back to life", async () => {
    const room = await createRoom(db);
    const { lead, id } = await hold(room.id, { dates: ["2026-12-10"] });
    const { updatedAt } = await db.booking.findUniqueOrThrow({ where: { id } });
    const later = new Date(NOW.getTime() + 8 * DAY);
    const move = moveSession(db, staff, lead.id, { bookingId: id, version: updatedAt.toISOString(), roomId: room.id, dates: ["2026-12-11"], startTime: "10:00", endTime: "12:00" }, { now: later, emailSettings: settings() });
    await expect(move).rejects.toThrow("This hold has expired");
    expect(await db.booking.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "HOLD", startsAt: new Date("2026-12-10T10:00:00Z") });
  });

  it("the sweep expires every overdue hold exactly once, even run side by side, and never a confirmed session", async () => {
    const room = await createRoom(db);
    const holds = [];
    for (const date of ["2026-12-14", "2026-12-15", "2026-12-16"]) holds.push(await hold(room.id, { dates: [date] }));
    const confirmed = await hold(room.id, { dates: ["2026-12-17"], status: "CONFIRMED" });
    const fresh = await hold(room.id, { dates: ["2026-12-18"] }, new Date(NOW.getTime() + 5 * DAY));
    const later = new Date(NOW.getTime() + 30 * DAY);
    const counts = await Promise.all(Array.from({ length: 5 }, () => expireHolds(db, { now: later })));
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
    for (const { lead, id } of holds) {
      expect((await db.booking.findUniqueOrThrow({ where: { id } })).status).toBe("EXPIRED");
      expect(await db.leadEvent.count({ where: { inquiryId: lead.id, type: "SESSION_EXPIRED" } })).toBe(1);
    }
    expect((await db.booking.findUniqueOrThrow({ where: { id: confirmed.id } })).status).toBe("CONFIRMED");
    expect((await db.booking.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe("EXPIRED");
    expect(await expireHolds(db, { now: later })).toBe(0);
  });

  it("keeps people's copies of the times in step with their session", async () => {
    const [room, engineer] = await Promise.all([createRoom(db), createBookablePerson(db, ["ENGINEER"])]);
    const { lead, id } = await hold(room.id, { engineerId: engineer.id, dates: ["2026-12-21"] });
    const { updatedAt } = await db.booking.findUniqueOrThrow({ where: { id } });
    await moveSession(db, staff, lead.id, { bookingId: id, version: updatedAt.toISOString(), roomId: room.id, dates: ["2026-12-22"], startTime: "12:00", endTime: "13:00" }, { now: NOW, emailSettings: settings() });
    await cancelBooking(db, staff, { leadId: lead.id, bookingId: id, now: NOW }, settings());
    expect(await db.bookingPerson.findFirstOrThrow({ where: { bookingId: id } })).toMatchObject({
      startsAt: new Date("2026-12-22T12:00:00Z"),
      endsAt: new Date("2026-12-22T13:00:00Z"),
      status: "CANCELLED",
    });
  });

  it("keeps the timeline's history: each event shows the session as it was then, and a move says from where", async () => {
    const room = await createRoom(db);
    const other = await createRoom(db);
    const { lead, id } = await hold(room.id, { dates: ["2026-12-10"] });
    const { updatedAt } = await db.booking.findUniqueOrThrow({ where: { id } });
    await moveSession(db, staff, lead.id, { bookingId: id, version: updatedAt.toISOString(), roomId: other.id, dates: ["2026-12-17"], startTime: "12:00", endTime: "16:00" }, { now: new Date(NOW.getTime() + 1000), emailSettings: settings() });
    await db.room.update({ where: { id: room.id }, data: { name: `${room.name} (renamed)` } });

    const sessions = (await loadLeadTimeline(db, lead.id)).filter((item) => item.kind === "session");
    expect(sessions.map((item) => [item.change, item.session, item.movedFrom])).toEqual([
      ["held", { startsAt: new Date("2026-12-10T10:00:00Z"), endsAt: new Date("2026-12-10T14:00:00Z"), roomName: room.name }, null],
      [
        "moved",
        { startsAt: new Date("2026-12-17T12:00:00Z"), endsAt: new Date("2026-12-17T16:00:00Z"), roomName: other.name },
        { startsAt: new Date("2026-12-10T10:00:00Z"), endsAt: new Date("2026-12-10T14:00:00Z"), roomName: room.name },
      ],
    ]);
  });

  it("records an expiry with the times the hold had", async () => {
    const room = await createRoom(db);
    const { lead } = await hold(room.id, { dates: ["2026-12-11"] }, new Date(NOW.getTime() - 30 * DAY));
    await expireHolds(db, { now: NOW });
    const expired = (await loadLeadTimeline(db, lead.id)).find((item) => item.kind === "session" && item.change === "expired");
    expect(expired).toMatchObject({ session: { startsAt: new Date("2026-12-11T10:00:00Z"), roomName: room.name } });
  });
});
