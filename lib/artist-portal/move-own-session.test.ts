// The artist moves a session from their page to a free time of the same kind: approved by the
// studio with one click, or at once when the studio's settings allow and the session is far
// enough ahead. The time is always found again among the free ones; a taken one is refused.
import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { approveProposedMove } from "@/lib/bookings/approve-proposed-move";
import { createSessions } from "@/lib/bookings/create-sessions";
import { createRoom, sessionInput } from "@/test/support/booking-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { artistPortalUrl } from "./artist-portal-url";
import { askAboutSession } from "./ask-about-session";
import { listMoveOptions, moveOptionValue } from "./list-move-options";

const NOW = new Date("2026-12-01T12:00:00Z"); // a Tuesday; the studio opens Mon–Sat 10:00–22:00 GMT
const AUTH_SECRET = "artist-moves-test-secret-0123456789abcdef";
const at = (iso: string) => new Date(iso);

describeEachDatabase("the artist moving a session", { poolSize: 8 }, ({ db }) => {
  let staff: StaffMember;
  beforeAll(async () => {
    staff = await createStaff(db, "STAFF");
  });
  const settings = () => inquiryContext(db).emailSettings;
  const context = () => ({ db, authSecret: AUTH_SECRET, emailSettings: settings(), ratePerHour: 0 });
  const studio = (data: { artistMovesAtOnce: boolean; artistMoveNoticeDays?: number }) => db.studioSettings.update({ where: { id: 1 }, data });
  /** A confirmed session of a new lead in a room of its own, with the artist's link. */
  const booked = async (date = "2026-12-15", overrides: Record<string, unknown> = {}) => {
    const [room, lead] = await Promise.all([createRoom(db), createLead(db)]);
    const [id] = await createSessions(db, staff, lead.id, sessionInput(room.id, { dates: [date], status: "CONFIRMED", ...overrides }), { now: NOW, emailSettings: settings() });
    const token = (await artistPortalUrl(db, { inquiryId: lead.id, appUrl: "https://studio.test", now: NOW, authSecret: AUTH_SECRET })).split("/").at(-1)!;
    const session = await db.booking.findUniqueOrThrow({ where: { id } });
    return { room, lead, session, token };
  };
  const emailsOf = (leadId: string, kind: string) => db.outboxMessage.findMany({ where: { inquiryId: leadId, kind }, orderBy: { createdAt: "asc" } });

  it("lists free times of the same kind and length in the same room, and nothing taken", async () => {
    const { room, session } = await booked();
    const options = (await listMoveOptions(db, [session], NOW)).get(session.id)!;
    expect(options.length).toBeGreaterThan(10);
    expect(options.every((option) => option.end.getTime() - option.start.getTime() === 4 * 3_600_000)).toBe(true);
    // Its own time is busy; the same hours the next day are free; a Sunday (closed) never is.
    expect(options.map((option) => option.start.toISOString())).not.toContain("2026-12-15T10:00:00.000Z");
    expect(options.map((option) => option.start.toISOString())).toContain("2026-12-16T10:00:00.000Z");
    expect(options.some((option) => option.start.toISOString().startsWith("2026-12-06"))).toBe(false);
    // A full day moves only to free full days.
    const [, fullDay] = await createSessions(db, staff, (await createLead(db)).id, sessionInput(room.id, { dates: ["2026-12-21", "2026-12-22"], status: "CONFIRMED", wholeDay: true, startTime: "", endTime: "" }), { now: NOW, emailSettings: settings() });
    const fullOptions = (await listMoveOptions(db, [await db.booking.findUniqueOrThrow({ where: { id: fullDay } })], NOW)).get(fullDay!)!;
    expect(fullOptions.every((option) => option.end.getTime() - option.start.getTime() === 12 * 3_600_000)).toBe(true);
    expect(fullOptions.map((option) => option.start.toISOString())).not.toContain("2026-12-21T10:00:00.000Z");
  });

  it("without the setting, the picked time waits for the studio, which approves it with one click", async () => {
    await studio({ artistMovesAtOnce: false });
    const { lead, session, token } = await booked();
    const to = { start: at("2026-12-16T10:00:00Z"), end: at("2026-12-16T14:00:00Z") };
    const result = await askAboutSession(context(), { token, bookingId: session.id, kind: "MOVE", moveTo: moveOptionValue(to), message: "", now: NOW });
    expect(result.outcome).toBe("asked");
    const request = await db.artistRequest.findFirstOrThrow({ where: { inquiryId: lead.id } });
    expect(request).toMatchObject({ proposedStartsAt: to.start, proposedEndsAt: to.end, handledAt: null });
    expect((await db.booking.findUniqueOrThrow({ where: { id: session.id } })).startsAt).toEqual(session.startsAt);
    expect((await emailsOf(lead.id, "booking.artist-request"))[0]!.subject).toContain("Artist asks to move");

    await approveProposedMove(db, staff, { leadId: lead.id, requestId: request.id, now: new Date(NOW.getTime() + 1000) }, settings());
    expect(await db.booking.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ startsAt: to.start, endsAt: to.end, sequence: 1 });
    expect((await db.artistRequest.findUniqueOrThrow({ where: { id: request.id } })).handledById).toBe(staff.id);
    expect(await emailsOf(lead.id, "booking.changed")).toHaveLength(1);
    await expect(approveProposedMove(db, staff, { leadId: lead.id, requestId: request.id }, settings())).rejects.toThrow("dealt with already");
  });

  it("with the setting and enough notice, it moves at once: the artist's invitation and reminders follow, and the studio is told", async () => {
    await studio({ artistMovesAtOnce: true, artistMoveNoticeDays: 7 });
    const { lead, session, token } = await booked();
    const to = { start: at("2026-12-17T12:00:00Z"), end: at("2026-12-17T16:00:00Z") };
    const result = await askAboutSession(context(), { token, bookingId: session.id, kind: "MOVE", moveTo: moveOptionValue(to), message: "Thursday suits the drummer.", now: NOW });
    expect(result).toEqual({ outcome: "moved", kind: "MOVE", startsAt: to.start, endsAt: to.end });
    expect(await db.booking.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ startsAt: to.start, endsAt: to.end, sequence: 1 });
    expect(await db.leadEvent.findMany({ where: { bookingId: session.id, type: "ARTIST_MOVED_SESSION" } })).toEqual([
      expect.objectContaining({ actorId: null, sessionStartsAt: to.start, movedFromStartsAt: session.startsAt }),
    ]);
    expect(await emailsOf(lead.id, "booking.changed")).toHaveLength(1);
    const notice = await emailsOf(lead.id, "booking.artist-request");
    expect(notice[0]!.subject).toContain("Artist moved the session on Tue, 15 Dec 2026");
    // The day-before reminder now goes the day before the new date.
    const logistics = await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: lead.id, kind: "booking.logistics", status: "PENDING" } });
    expect(logistics.nextAttemptAt).toEqual(at("2026-12-16T10:00:00Z"));
  });

  it("with too little notice, even with the setting on, the studio decides", async () => {
    await studio({ artistMovesAtOnce: true, artistMoveNoticeDays: 30 });
    const { lead, session, token } = await booked();
    const result = await askAboutSession(context(), { token, bookingId: session.id, kind: "MOVE", moveTo: moveOptionValue({ start: at("2026-12-16T10:00:00Z"), end: at("2026-12-16T14:00:00Z") }), message: "", now: NOW });
    expect(result.outcome).toBe("asked");
    expect((await db.booking.findUniqueOrThrow({ where: { id: session.id } })).startsAt).toEqual(session.startsAt);
    expect(await db.artistRequest.count({ where: { inquiryId: lead.id, proposedStartsAt: { not: null } } })).toBe(1);
  });

  it("refuses a time that is not one of the free ones, and stores nothing", async () => {
    await studio({ artistMovesAtOnce: true, artistMoveNoticeDays: 0 });
    const { lead, session, token } = await booked();
    for (const moveTo of [
      moveOptionValue({ start: at("2026-12-16T10:30:00Z"), end: at("2026-12-16T14:30:00Z") }), // not on the hour
      moveOptionValue({ start: at("2026-12-16T10:00:00Z"), end: at("2026-12-16T16:00:00Z") }), // another length
      moveOptionValue({ start: at("2026-12-13T10:00:00Z"), end: at("2026-12-13T14:00:00Z") }), // a Sunday
      "2026-12-16T10:00:00Z/not-a-time",
    ]) {
      await expect(askAboutSession(context(), { token, bookingId: session.id, kind: "MOVE", moveTo, message: "", now: NOW }), moveTo).rejects.toMatchObject({ fieldErrors: { moveTo: [expect.any(String)] } });
    }
    expect(await db.artistRequest.count({ where: { inquiryId: lead.id } })).toBe(0);
    expect((await db.booking.findUniqueOrThrow({ where: { id: session.id } })).sequence).toBe(0);
  });

  it("two artists moving to the same free time at once: one gets it, the other is told it was taken", async () => {
    await studio({ artistMovesAtOnce: true, artistMoveNoticeDays: 0 });
    const room = await createRoom(db);
    const leads = await Promise.all([createLead(db), createLead(db)]);
    const sessions = await Promise.all(
      leads.map(async (lead, index) => {
        const [id] = await createSessions(db, staff, lead.id, sessionInput(room.id, { dates: [`2026-12-1${5 + index}`], status: "CONFIRMED" }), { now: NOW, emailSettings: settings() });
        const token = (await artistPortalUrl(db, { inquiryId: lead.id, appUrl: "https://studio.test", now: NOW, authSecret: AUTH_SECRET })).split("/").at(-1)!;
        return { id: id!, token };
      }),
    );
    const moveTo = moveOptionValue({ start: at("2026-12-18T10:00:00Z"), end: at("2026-12-18T14:00:00Z") });
    const results = await Promise.allSettled(sessions.map(({ id, token }) => askAboutSession(context(), { token, bookingId: id, kind: "MOVE", moveTo, message: "", now: NOW })));
    expect(results.filter((result) => result.status === "fulfilled").map((result) => result.value.outcome)).toEqual(["moved"]);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason.fieldErrors.moveTo[0]).toMatch(/taken a moment ago/);
    expect(await db.booking.count({ where: { roomId: room.id, startsAt: at("2026-12-18T10:00:00Z"), status: "CONFIRMED" } })).toBe(1);
  });
});
