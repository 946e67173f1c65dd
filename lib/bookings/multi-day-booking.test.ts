// A booking of several days: one email for the whole, one calendar event per day, and each day
// still its own to move or cancel.
import ICAL from "ical.js";
import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { askAboutSession } from "@/lib/artist-portal/ask-about-session";
import { artistPortalUrl } from "@/lib/artist-portal/artist-portal-url";
import { createRoom, sessionInput } from "@/test/support/booking-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { withRenderedBodies } from "@/test/support/outbox-delivery";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { cancelBooking } from "./cancel-booking";
import { closeArtistRequest } from "./close-artist-request";
import { confirmBooking } from "./confirm-booking";
import { createSessions } from "./create-sessions";
import { moveBooking } from "./move-booking";
import { moveSession } from "./move-session";

const NOW = new Date("2026-11-22T12:00:00Z");
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describeEachDatabase("a booking of several days", { poolSize: 6 }, ({ db }) => {
  let staff: StaffMember;
  beforeAll(async () => {
    staff = await createStaff(db, "STAFF");
  });
  const settings = () => inquiryContext(db).emailSettings;
  const book = async (dates: string[], status: "HOLD" | "CONFIRMED" = "HOLD") => {
    const [room, lead] = await Promise.all([createRoom(db), createLead(db, { name: "Zoë Adeyemi" })]);
    const ids = await createSessions(db, staff, lead.id, sessionInput(room.id, { dates, status }), { now: NOW, emailSettings: settings() });
    const { groupId } = await db.booking.findUniqueOrThrow({ where: { id: ids[0] } });
    return { room, lead, ids, groupId };
  };
  const bookingEmails = (leadId: string) =>
    db.outboxMessage.findMany({ where: { inquiryId: leadId, kind: { in: ["booking.confirmed", "booking.changed", "booking.cancelled"] } }, orderBy: { createdAt: "asc" } });
  const vevents = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
  const uid = (event: ICAL.Component) => String(event.getFirstPropertyValue("uid"));
  const sequence = (event: ICAL.Component) => Number(event.getFirstPropertyValue("sequence"));
  const start = (event: ICAL.Component) => (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString();

  it("is one booking: its days share a group, and creating it confirmed sends one email with an event per day", async () => {
    const { lead, ids, groupId } = await book(["2026-12-10", "2026-12-11", "2026-12-14"], "CONFIRMED");
    expect(await db.booking.count({ where: { groupId } })).toBe(3);
    const [email, ...others] = await bookingEmails(lead.id);
    expect(others).toEqual([]);
    expect(email!.subject).toContain("Sessions confirmed: Thu, 10 Dec 2026, Fri, 11 Dec 2026 and Mon, 14 Dec 2026");
    const events = vevents(email!.calendarContent!);
    expect(events.map(start)).toEqual(["2026-12-10T10:00:00.000Z", "2026-12-11T10:00:00.000Z", "2026-12-14T10:00:00.000Z"]);
    expect(new Set(events.map(uid)).size).toBe(3);
    expect(events.map(uid)[0]).toContain(ids[0]);
  });

  it("confirming the booking confirms every day and sends one invitation email listing both dates", async () => {
    const { lead, ids, groupId } = await book(["2026-12-10", "2026-12-11"]);
    await expect(confirmBooking(db, staff, { leadId: lead.id, groupId, now: later(1) }, settings())).resolves.toEqual({ confirmed: 2 });
    expect((await db.booking.findMany({ where: { id: { in: ids } } })).map((row) => row.status)).toEqual(["CONFIRMED", "CONFIRMED"]);
    const emails = await bookingEmails(lead.id);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ kind: "booking.confirmed", calendarMethod: "REQUEST" });
    const { textBody } = await withRenderedBodies(db, emails[0]!);
    expect(textBody).toContain("YOUR SESSIONS ARE CONFIRMED");
    expect(textBody).toContain("When: Thu, 10 Dec 2026, 10:00 GMT – 14:00 GMT");
    expect(textBody).toContain("When: Fri, 11 Dec 2026, 10:00 GMT – 14:00 GMT");
    expect(vevents(emails[0]!.calendarContent!).map(sequence)).toEqual([0, 0]);
    // The lead moved on, and the timeline has each day's confirmation.
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: lead.id } })).status).toBe("BOOKED");
    expect(await db.leadEvent.count({ where: { inquiryId: lead.id, type: "SESSION_CONFIRMED" } })).toBe(2);
    await expect(confirmBooking(db, staff, { leadId: lead.id, groupId, now: later(2) }, settings())).rejects.toThrow("Every live day of this booking is confirmed already.");
  });

  it("confirms exactly once when two people press Confirm at the same moment", async () => {
    const { lead, groupId } = await book(["2026-12-10", "2026-12-11"]);
    const results = await Promise.allSettled([0, 1, 2, 3].map(() => confirmBooking(db, staff, { leadId: lead.id, groupId, now: later(1) }, settings())));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await bookingEmails(lead.id)).toHaveLength(1);
    expect(await db.leadEvent.count({ where: { inquiryId: lead.id, type: "SESSION_CONFIRMED" } })).toBe(2);
  });

  it("moving one day leaves the others, and the artist hears about that day only", async () => {
    const { room, lead, ids, groupId } = await book(["2026-12-10", "2026-12-11"]);
    await confirmBooking(db, staff, { leadId: lead.id, groupId, now: later(1) }, settings());
    const second = await db.booking.findUniqueOrThrow({ where: { id: ids[1] } });
    await moveSession(db, staff, lead.id, { bookingId: second.id, version: second.updatedAt.toISOString(), roomId: room.id, dates: ["2026-12-15"], startTime: "12:00", endTime: "16:00" }, { now: later(2), emailSettings: settings() });
    const [first, moved] = await db.booking.findMany({ where: { groupId }, orderBy: { startsAt: "asc" } });
    expect(first).toMatchObject({ startsAt: new Date("2026-12-10T10:00:00Z"), sequence: 0, status: "CONFIRMED" });
    expect(moved).toMatchObject({ id: second.id, startsAt: new Date("2026-12-15T12:00:00Z"), sequence: 1, status: "CONFIRMED" });
    const change = (await bookingEmails(lead.id)).at(-1)!;
    expect(change.kind).toBe("booking.changed");
    const events = vevents(change.calendarContent!);
    expect(events.map(uid)).toEqual([uid(vevents((await bookingEmails(lead.id))[0]!.calendarContent!)[1]!)]);
    expect((await withRenderedBodies(db, change)).textBody).toContain("It was: Fri, 11 Dec 2026, 10:00 GMT – 14:00 GMT.");
  });

  it("cancelling the booking sends one email with a CANCEL for each day the artist was invited to", async () => {
    const { lead, ids, groupId } = await book(["2026-12-10", "2026-12-11", "2026-12-12"]);
    await confirmBooking(db, staff, { leadId: lead.id, groupId, now: later(1) }, settings());
    await expect(cancelBooking(db, staff, { leadId: lead.id, groupId, now: later(2) }, settings())).resolves.toEqual({ cancelled: 3, money: null });
    expect((await db.booking.findMany({ where: { id: { in: ids } } })).map((row) => row.status)).toEqual(["CANCELLED", "CANCELLED", "CANCELLED"]);
    const cancellation = (await bookingEmails(lead.id)).at(-1)!;
    expect(cancellation).toMatchObject({ kind: "booking.cancelled", calendarMethod: "CANCEL" });
    const events = vevents(cancellation.calendarContent!);
    expect(events.map((event) => event.getFirstPropertyValue("status"))).toEqual(["CANCELLED", "CANCELLED", "CANCELLED"]);
    expect(events.map(sequence)).toEqual([1, 1, 1]);
    await expect(cancelBooking(db, staff, { leadId: lead.id, groupId, now: later(3) }, settings())).rejects.toThrow("cancelled already");
  });

  it("confirms none of it when one day's hold has lapsed", async () => {
    const { lead, ids, groupId } = await book(["2026-12-10", "2026-12-11"]);
    await db.booking.update({ where: { id: ids[1] }, data: { holdExpiresAt: later(-1) } });
    await expect(confirmBooking(db, staff, { leadId: lead.id, groupId, now: later(1) }, settings())).rejects.toThrow("The hold on Fri, 11 Dec 2026 has expired");
    expect((await db.booking.findMany({ where: { id: { in: ids } } })).map((row) => row.status)).toEqual(["HOLD", "HOLD"]);
    expect(await bookingEmails(lead.id)).toEqual([]);
  });

  it("lets the artist ask about the whole booking; cancelling it answers them", async () => {
    const { lead, ids, groupId } = await book(["2026-12-10", "2026-12-11"]);
    await confirmBooking(db, staff, { leadId: lead.id, groupId, now: later(1) }, settings());
    const token = (await artistPortalUrl(db, { inquiryId: lead.id, appUrl: "https://studio.test", now: NOW, authSecret: undefined })).split("/").at(-1);
    const context = { db, authSecret: undefined, emailSettings: settings(), ratePerHour: 0 };
    const asked = await askAboutSession(context, { token, bookingId: ids[1], scope: "booking", kind: "MOVE", message: "Both days a week later?", now: later(2) });
    expect(asked.outcome).toBe("asked");
    expect(await db.artistRequest.findUniqueOrThrow({ where: { id: (asked as { requestId: string }).requestId } })).toMatchObject({ groupId, bookingId: null, kind: "MOVE" });
    const studioEmail = await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: lead.id, kind: "booking.artist-request" } });
    expect(studioEmail.subject).toContain("the booking of 2 days from Thu, 10 Dec 2026");
    expect(await db.leadEvent.count({ where: { inquiryId: lead.id, type: "ARTIST_ASKED_TO_MOVE" } })).toBe(2);
    // Asking again is answered with the first request.
    expect(await askAboutSession(context, { token, bookingId: ids[0], scope: "booking", kind: "MOVE", message: "again", now: later(3) })).toMatchObject({ outcome: "already-asked", requestId: (asked as { requestId: string }).requestId });

    await cancelBooking(db, staff, { leadId: lead.id, groupId, now: later(4) }, settings());
    expect((await db.artistRequest.findUniqueOrThrow({ where: { id: (asked as { requestId: string }).requestId } })).handledAt).toEqual(later(4));
  });

  it("a request about the whole booking, answered some other way, is marked as dealt with once", async () => {
    const { lead, ids, groupId } = await book(["2026-12-10", "2026-12-11"]);
    const token = (await artistPortalUrl(db, { inquiryId: lead.id, appUrl: "https://studio.test", now: NOW, authSecret: undefined })).split("/").at(-1);
    const context = { db, authSecret: undefined, emailSettings: settings(), ratePerHour: 0 };
    const asked = (await askAboutSession(context, { token, bookingId: ids[0], scope: "booking", kind: "MOVE", message: "Any week in January?", now: later(1) })) as { requestId: string };
    await closeArtistRequest(db, staff, { leadId: lead.id, requestId: asked.requestId, now: later(2) });
    expect(await db.artistRequest.findUniqueOrThrow({ where: { id: asked.requestId } })).toMatchObject({ groupId, handledAt: later(2), handledById: staff.id });
    await expect(closeArtistRequest(db, staff, { leadId: lead.id, requestId: asked.requestId })).rejects.toThrow("dealt with already");
    // Another lead's staff page cannot close it either.
    const other = await createLead(db);
    await expect(closeArtistRequest(db, staff, { leadId: other.id, requestId: asked.requestId })).rejects.toThrow("dealt with already");
  });

  it("moves the whole booking: every day shifts together, at the same studio times across the clocks going back, in one email", async () => {
    const { room, lead, ids, groupId } = await book(["2026-12-10", "2026-12-11"], "CONFIRMED");
    const version = async () => new Date(Math.max(...(await db.booking.findMany({ where: { groupId } })).map((row) => row.updatedAt.getTime()))).toISOString();
    // One day later: the first day lands where the second was, which moves first.
    await expect(moveBooking(db, staff, lead.id, { groupId, version: await version(), firstDate: "2026-12-11", roomId: room.id }, { now: later(1), emailSettings: settings() })).resolves.toEqual({ moved: 2 });
    expect((await db.booking.findMany({ where: { id: { in: ids } }, orderBy: { startsAt: "asc" } })).map((row) => [row.startsAt.toISOString(), row.sequence])).toEqual([
      ["2026-12-11T10:00:00.000Z", 1],
      ["2026-12-12T10:00:00.000Z", 1],
    ]);
    const moved = (await bookingEmails(lead.id)).at(-1)!;
    expect(moved.kind).toBe("booking.changed");
    expect(vevents(moved.calendarContent!).map(start)).toEqual(["2026-12-11T10:00:00.000Z", "2026-12-12T10:00:00.000Z"]);
    expect(await bookingEmails(lead.id)).toHaveLength(2);
    // A stale page is refused.
    await expect(moveBooking(db, staff, lead.id, { groupId, version: new Date(0).toISOString(), firstDate: "2026-12-14", roomId: room.id }, { now: later(2), emailSettings: settings() })).rejects.toThrow("changed this booking");
  });

  it("keeps a booking's studio times when the move crosses a change of the clocks", async () => {
    const { room, lead, ids, groupId } = await book(["2026-10-22", "2026-10-23"]);
    const rows = await db.booking.findMany({ where: { groupId } });
    const version = new Date(Math.max(...rows.map((row) => row.updatedAt.getTime()))).toISOString();
    await moveBooking(db, staff, lead.id, { groupId, version, firstDate: "2026-10-29", roomId: room.id }, { now: new Date("2026-10-01T12:00:00Z"), emailSettings: settings() });
    // 10:00 BST is 09:00 UTC; 10:00 GMT a week later is 10:00 UTC.
    expect(rows.map((row) => row.startsAt.toISOString()).sort()).toEqual(["2026-10-22T09:00:00.000Z", "2026-10-23T09:00:00.000Z"]);
    expect((await db.booking.findMany({ where: { id: { in: ids } }, orderBy: { startsAt: "asc" } })).map((row) => row.startsAt.toISOString())).toEqual(["2026-10-29T10:00:00.000Z", "2026-10-30T10:00:00.000Z"]);
  });

  it("moves none of it when one day would clash, and names what it clashes with", async () => {
    const { room, lead, ids, groupId } = await book(["2026-12-10", "2026-12-11"]);
    const other = await createLead(db);
    await createSessions(db, staff, other.id, sessionInput(room.id, { dates: ["2026-12-18"], startTime: "12:00", endTime: "13:00" }), { now: NOW, emailSettings: settings() });
    const before = await db.booking.findMany({ where: { id: { in: ids } }, orderBy: { startsAt: "asc" } });
    const version = new Date(Math.max(...before.map((row) => row.updatedAt.getTime()))).toISOString();
    await expect(moveBooking(db, staff, lead.id, { groupId, version, firstDate: "2026-12-17", roomId: room.id }, { now: later(1), emailSettings: settings() })).rejects.toThrow(other.reference);
    expect(await db.booking.findMany({ where: { id: { in: ids } }, orderBy: { startsAt: "asc" } })).toEqual(before);
  });
});
