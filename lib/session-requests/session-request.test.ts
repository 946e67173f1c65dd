// sessionRequest on POST /api/inquiries, as the public contract in DESIGN.md describes it: held
// at once, stored as UNAVAILABLE when taken, REQUESTED when the studio holds nothing, and 400
// with fields.sessionRequest for blocks the rate card, opening hours or closures do not allow.
import { expect, it } from "vitest";
import { handleInquiryRequest } from "@/lib/inquiries/handle-inquiry-request";
import { renderInquiryEmail } from "@/lib/inquiries/render-inquiry-email";
import { addDays, todayIn, wallClockToInstant, weekdayOf } from "@/lib/time/zoned-time";
import { createLead } from "@/test/support/lead-fixtures";
import { createRoom, insertSession } from "@/test/support/booking-fixtures";
import { inquiryContext, validInquiry } from "@/test/support/inquiry-fixtures";
import { describeEachDatabase } from "@/test/test-databases";

const ZONE = "Europe/London"; // the studio's default, with Mon–Sat 10:00–22:00
const HOUR_MS = 3_600_000;

/** The first `weekday` (1 = Monday) at least `daysAhead` days from today in the studio's zone. */
function nextWeekday(weekday: number, daysAhead = 14): string {
  let date = addDays(todayIn(ZONE), daysAhead);
  while (weekdayOf(date) !== weekday) date = addDays(date, 1);
  return date;
}
const at = (date: string, hhmm: string) => wallClockToInstant(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)), ZONE).toISOString();
const block = (date: string, from: string, to: string) => ({ start: at(date, from), end: at(date, to) });

describeEachDatabase("sessionRequest on POST /api/inquiries", { poolSize: 12 }, ({ db }) => {
  const post = (body: unknown) =>
    handleInquiryRequest(
      new Request("http://studio.test/api/inquiries", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
      { context: async () => inquiryContext(db), afterCommit: () => {} },
    );
  const ask = (roomId: string, blocks: unknown[], overrides = {}) => post(validInquiry({ sessionRequest: { roomId, blocks }, ...overrides }));

  it("holds a full day and a half day for the artist, stores them as requested times, and says until when", async () => {
    const room = await createRoom(db);
    const tuesday = nextWeekday(2);
    const before = Date.now();
    const response = await ask(room.id, [block(tuesday, "10:00", "22:00"), block(addDays(tuesday, 1), "16:00", "22:00")]);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.sessionRequest.status).toBe("HELD");
    const expires = Date.parse(body.sessionRequest.holdExpiresAt);
    expect(expires).toBeGreaterThanOrEqual(before + 48 * HOUR_MS);
    expect(expires).toBeLessThan(Date.now() + 48 * HOUR_MS + 1000);

    const holds = await db.booking.findMany({ where: { inquiryId: body.id }, orderBy: { startsAt: "asc" } });
    expect(holds.map((hold) => [hold.status, hold.startsAt.toISOString(), hold.endsAt.toISOString(), hold.pricing])).toEqual([
      ["HOLD", at(tuesday, "10:00"), at(tuesday, "22:00"), "DAY"],
      ["HOLD", at(addDays(tuesday, 1), "16:00"), at(addDays(tuesday, 1), "22:00"), "DAY"],
    ]);
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id: body.id }, include: { preferredSlots: true, events: true } });
    expect(inquiry.sessionRequestStatus).toBe("HELD");
    expect(inquiry.preferredSlots).toHaveLength(2);
    expect(inquiry.events.filter((event) => event.type === "SESSION_HELD")).toHaveLength(2);
    // One reminder for the request, a day before the hold ends.
    const reminders = await db.outboxMessage.findMany({ where: { inquiryId: body.id, kind: "booking.hold-ending" } });
    expect(reminders).toHaveLength(1);
    // The acknowledgement, rendered at send time, repeats the times and says until when they are held.
    const { text } = await renderInquiryEmail("inquiry.acknowledgement", inquiry, inquiryContext(db).emailSettings, { db, authSecret: "k".repeat(40) });
    expect(text).toContain("HELD FOR YOU"); // html-to-text writes headings in capitals
    expect(text).toMatch(new RegExp(`${room.name}: .*10:00 GMT – .*22:00 GMT`));
    expect(text).toMatch(/We are holding this time for you until \d+ \w{3} \d{4}, \d\d:\d\d GMT\./);
  });

  it("stores the inquiry as UNAVAILABLE when the time is taken, and holds nothing for it", async () => {
    const room = await createRoom(db);
    const wednesday = nextWeekday(3);
    const other = await createLead(db);
    await insertSession(db, { inquiryId: other.id, roomId: room.id, startsAt: new Date(at(wednesday, "12:00")), endsAt: new Date(at(wednesday, "14:00")), status: "CONFIRMED" });
    const response = await ask(room.id, [block(wednesday, "10:00", "22:00")]);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.sessionRequest).toEqual({ status: "UNAVAILABLE" });
    expect(await db.booking.count({ where: { inquiryId: body.id } })).toBe(0);
    const stored = await db.inquiry.findUniqueOrThrow({ where: { id: body.id }, include: { preferredSlots: true } });
    expect(stored.sessionRequestStatus).toBe("UNAVAILABLE");
    expect(stored.preferredSlots).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { inquiryId: body.id, kind: "inquiry.acknowledgement" } })).toBe(1);
    const { text } = await renderInquiryEmail("inquiry.acknowledgement", stored, inquiryContext(db).emailSettings, { db, authSecret: "k".repeat(40) });
    expect(text).toContain("Someone booked this time just before your inquiry arrived");
  });

  it("holds nothing when the studio has switched holding off: REQUESTED", async () => {
    const room = await createRoom(db);
    await db.studioSettings.update({ where: { id: 1 }, data: { holdRequestedTime: false } });
    try {
      const body = await (await ask(room.id, [block(nextWeekday(4), "10:00", "13:00")])).json();
      expect(body.sessionRequest).toEqual({ status: "REQUESTED" });
      expect(await db.booking.count({ where: { inquiryId: body.id } })).toBe(0);
    } finally {
      await db.studioSettings.update({ where: { id: 1 }, data: { holdRequestedTime: true } });
    }
  });

  it("answers a replay with the same outcome", async () => {
    const room = await createRoom(db);
    const input = validInquiry({ sessionRequest: { roomId: room.id, blocks: [block(nextWeekday(5), "14:00", "17:00")] } });
    const send = () =>
      handleInquiryRequest(
        new Request("http://studio.test/api/inquiries", { method: "POST", body: JSON.stringify(input), headers: { "content-type": "application/json", "idempotency-key": `replay-${room.id}` } }),
        { context: async () => inquiryContext(db), afterCommit: () => {} },
      );
    const first = await (await send()).json();
    // Confirmed in between: the replay still answers what the first answer said.
    await db.booking.updateMany({ where: { inquiryId: first.id }, data: { status: "CONFIRMED", holdExpiresAt: null } });
    const again = await send();
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(first);
    expect(first.sessionRequest.status).toBe("HELD");
  });

  it.each([
    ["a block that is no offer of the room", (date: string) => [block(date, "10:30", "11:30")], /is not a session .* offers: choose whole hours \(at least 2\), a half day from 10:00 or 16:00 or a full day/],
    ["hours below the room's minimum", (date: string) => [block(date, "12:00", "13:00")], /is not a session/],
    ["a block outside opening hours", (date: string) => [block(date, "08:00", "10:00")], /is outside opening hours \(10:00–22:00 that day\)/],
    ["a Sunday, when the studio is closed", (date: string) => [block(addDays(date, 5), "10:00", "22:00")], /is on a day the studio is closed/],
    ["blocks that overlap each other", (date: string) => [block(date, "10:00", "14:00"), block(date, "12:00", "16:00")], /Requested time 2 overlaps requested time 1/],
    ["a day in the past", () => [block(addDays(todayIn(ZONE), -3), "10:00", "22:00")], /has already started or passed/],
    ["a block longer than a day, even one ending in the year 9999", (date: string) => [{ start: at(date, "10:00"), end: "9999-12-31T23:30:00Z" }], /is longer than a day/],
    ["more than 10 blocks", (date: string) => Array.from({ length: 11 }, (_, i) => block(addDays(date, i), "10:00", "12:00")), /at most 10 blocks/],
  ])("refuses %s with fields.sessionRequest, and stores nothing", async (_name, blocks, message) => {
    const room = await createRoom(db);
    const before = await db.inquiry.count();
    const response = await ask(room.id, blocks(nextWeekday(2)));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("invalid");
    expect(body.fields.sessionRequest.join(" ")).toMatch(message);
    expect(await db.inquiry.count()).toBe(before);
  });

  it("books a lockout only as a run of its minimum days where the room sells no single full day", async () => {
    const room = await createRoom(db);
    await db.roomOffer.updateMany({ where: { roomId: room.id, kind: "FULL_DAY" }, data: { active: false } });
    const monday = nextWeekday(1, 35);
    const day = (offset: number) => block(addDays(monday, offset), "10:00", "22:00");
    const lone = await (await ask(room.id, [day(0)])).json();
    expect(lone.fields.sessionRequest.join(" ")).toMatch(/as a lockout of at least 3 days in a row; add the days around/);
    const run = await (await ask(room.id, [day(0), day(1), day(2)])).json();
    expect(run.sessionRequest.status).toBe("HELD");
  });

  it("refuses a closure day and a retired room", async () => {
    const room = await createRoom(db);
    const thursday = nextWeekday(4, 21);
    const closure = await db.closure.create({ data: { startsOn: new Date(`${thursday}T00:00:00Z`), endsOn: new Date(`${thursday}T00:00:00Z`), reason: "Maintenance" } });
    try {
      const closed = await (await ask(room.id, [block(thursday, "10:00", "22:00")])).json();
      expect(closed.fields.sessionRequest.join(" ")).toMatch(/on a day the studio is closed/);
    } finally {
      await db.closure.delete({ where: { id: closure.id } });
    }
    await db.room.update({ where: { id: room.id }, data: { active: false } });
    const retired = await (await ask(room.id, [block(thursday, "10:00", "22:00")])).json();
    expect(retired.fields.sessionRequest.join(" ")).toMatch(/cannot be booked/);
  });

  it("holds the same block for exactly one of 100 artists asking at once; the rest are stored as UNAVAILABLE", async () => {
    const room = await createRoom(db);
    const friday = nextWeekday(5, 28);
    const responses = await Promise.all(Array.from({ length: 100 }, () => ask(room.id, [block(friday, "10:00", "16:00")])));
    expect(responses.map((response) => response.status)).toEqual(Array(100).fill(201));
    const outcomes = await Promise.all(responses.map(async (response) => (await response.json()).sessionRequest.status));
    expect(outcomes.filter((status) => status === "HELD")).toHaveLength(1);
    expect(outcomes.filter((status) => status === "UNAVAILABLE")).toHaveLength(99);
    expect(await db.booking.count({ where: { roomId: room.id, status: "HOLD" } })).toBe(1);
    expect(await db.inquiry.count({ where: { preferredSlots: { some: { roomId: room.id } } } })).toBe(100);
  }, 120_000);
});
