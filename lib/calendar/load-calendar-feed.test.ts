import ICAL from "ical.js";
import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { type Database } from "@/lib/database/create-prisma-client";
import type { BookingStatus, StaffSkill } from "@/lib/generated/prisma/client";
import { createBookablePerson, createRoom, insertSession } from "@/test/support/booking-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { loadCalendarFeed } from "./load-calendar-feed";

const NOW = new Date("2026-11-22T12:00:00Z");
const DAY = 86_400_000;
const OPTIONS = { appUrl: "https://studio.test/", studioName: "Studio Desk", now: NOW };
const daysFromNow = (days: number, hour = 10) => new Date(Date.UTC(2026, 10, 22 + days, hour));

type BookingInput = { inquiryId: string; roomId: string; startsAt: Date; hours?: number; status?: BookingStatus; sequence?: number; people?: { role: StaffSkill; userId: string }[] };

async function insertBooking(db: Database, { inquiryId, roomId, startsAt, hours = 2, status = "CONFIRMED", sequence = 0, people = [] }: BookingInput) {
  const booking = await insertSession(db, { inquiryId, roomId, startsAt, endsAt: new Date(startsAt.getTime() + hours * 3_600_000), status, sequence, holdExpiresAt: status === "HOLD" ? new Date(NOW.getTime() + 7 * DAY) : null });
  if (people.length > 0) {
    await db.bookingPerson.createMany({ data: people.map((person) => ({ ...person, bookingId: booking.id, startsAt: booking.startsAt, endsAt: booking.endsAt, status: booking.status })) });
  }
  return booking.id;
}

/** The feed as a calendar app reads it. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: component.getFirstPropertyValue("status"),
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
  return { method: calendar.getFirstPropertyValue("method"), name: calendar.getFirstPropertyValue("x-wr-calname"), events };
}

describeEachDatabase("loadCalendarFeed", { poolSize: 3 }, ({ db }) => {
  let person: StaffMember;
  let room: { id: string; name: string; calendarFeedToken: string };
  let other: { id: string; name: string };
  let lead: Awaited<ReturnType<typeof createLead>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    [person, room, other, lead] = await Promise.all([createBookablePerson(db, ["ENGINEER", "PRODUCER"]), createRoom(db), createRoom(db), createLead(db)]);
    const book = (startsAt: Date, rest: Partial<BookingInput> = {}) => insertBooking(db, { inquiryId: lead.id, roomId: room.id, startsAt, ...rest });
    ids.hold = await book(daysFromNow(3), { status: "HOLD", people: [{ role: "ENGINEER", userId: person.id }] });
    ids.moved = await book(daysFromNow(10), { sequence: 3 });
    ids.recent = await book(daysFromNow(-59));
    ids.tooOld = await book(daysFromNow(-61));
    ids.tooFar = await book(daysFromNow(366));
    ids.cancelled = await book(daysFromNow(4), { status: "CANCELLED", people: [{ role: "PRODUCER", userId: person.id }] });
    ids.expired = await book(daysFromNow(5), { status: "EXPIRED" });
    ids.produced = await book(daysFromNow(6, 14), { roomId: other.id, people: [{ role: "PRODUCER", userId: person.id }] });
    ids.both = await book(daysFromNow(7, 14), { roomId: other.id, status: "HOLD", people: [{ role: "ENGINEER", userId: person.id }, { role: "PRODUCER", userId: person.id }] });
  });

  const tokenOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { calendarFeedToken: true } })).calendarFeedToken;

  it("answers null for a token that is not exactly one the studio issued, reading nothing for malformed ones", async () => {
    const untouchable = new Proxy({}, { get: () => { throw new Error("the database was read"); } }) as Database;
    for (const token of ["", "abc", `${room.calendarFeedToken}0`, room.calendarFeedToken.toUpperCase(), `${room.calendarFeedToken.slice(0, 63)}g`, "../../etc/passwd"]) {
      expect(await loadCalendarFeed(untouchable, token, OPTIONS), token).toBeNull();
    }
    expect(await loadCalendarFeed(db, "0".repeat(64), OPTIONS)).toBeNull();
  });

  it("publishes a room's live sessions from 60 days ago to a year ahead, with stable UIDs and sequences", async () => {
    const feed = parse((await loadCalendarFeed(db, room.calendarFeedToken, OPTIONS))!);
    expect(feed.method).toBe("PUBLISH");
    expect(feed.name).toBe(`Studio Desk – ${room.name}`);
    expect(feed.events.map((event) => event.uid)).toEqual([`${ids.recent}@studio.test`, `${ids.hold}@studio.test`, `${ids.moved}@studio.test`]);
    const [, hold, moved] = feed.events;
    expect(hold).toMatchObject({
      sequence: 0,
      status: "TENTATIVE",
      summary: `Hold: ${lead.reference} · ${room.name}`,
      start: daysFromNow(3).toISOString(),
      end: daysFromNow(3, 12).toISOString(),
    });
    expect(hold.description).toContain(`https://studio.test/admin/leads/${lead.id}`);
    expect(hold.description).toContain(`Engineer: ${person.name}`);
    expect(moved).toMatchObject({ sequence: 3, status: "CONFIRMED", summary: `${lead.reference} · ${room.name}` });
  });

  it("keeps the artist's personal details out of the feed", async () => {
    const text = (await loadCalendarFeed(db, room.calendarFeedToken, OPTIONS))!;
    for (const detail of [lead.input.name, lead.input.email, lead.input.artistName]) expect(text).not.toContain(detail);
  });

  it("publishes a person's sessions in every room and role", async () => {
    const feed = parse((await loadCalendarFeed(db, await tokenOf(person.id), OPTIONS))!);
    expect(feed.name).toBe(`Studio Desk – ${person.name}`);
    expect(feed.events.map((event) => [event.uid, event.status, event.summary])).toEqual([
      [`${ids.hold}@studio.test`, "TENTATIVE", `Hold: ${lead.reference} · ${room.name} · Engineer`],
      [`${ids.produced}@studio.test`, "CONFIRMED", `${lead.reference} · ${other.name} · Producer`],
      [`${ids.both}@studio.test`, "TENTATIVE", `Hold: ${lead.reference} · ${other.name} · Engineer and producer`],
    ]);
  });

  it("closes the feed of someone who has left, and of a rotated token", async () => {
    const leaver = await createBookablePerson(db, ["ENGINEER"]);
    const token = await tokenOf(leaver.id);
    expect(await loadCalendarFeed(db, token, OPTIONS)).not.toBeNull();
    await db.user.update({ where: { id: leaver.id }, data: { deactivatedAt: NOW } });
    expect(await loadCalendarFeed(db, token, OPTIONS)).toBeNull();

    const rotated = await createRoom(db);
    await db.room.update({ where: { id: rotated.id }, data: { calendarFeedToken: "a".repeat(64) } });
    expect(await loadCalendarFeed(db, rotated.calendarFeedToken, OPTIONS)).toBeNull();
    expect(parse((await loadCalendarFeed(db, "a".repeat(64), OPTIONS))!).events).toEqual([]);
  });
});
