import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import type { BookingStatus } from "@/lib/generated/prisma/client";
import { createLead } from "@/test/support/lead-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { loadAvailability, type RoomAvailability } from "./load-availability";
import { insertSession } from "@/test/support/booking-fixtures";

const iso = (value: string) => new Date(value).toISOString();

describeEachDatabase("loadAvailability", { poolSize: 6 }, ({ db }) => {
  let leadId: string;
  beforeAll(async () => {
    await db.studioSettings.update({ where: { id: 1 }, data: { timeZone: "Europe/London" } });
    // Closed on Mondays; Sundays open round the clock (so the clock changes fall inside opening
    // hours); Fridays open at half past and close at a quarter to.
    await db.openingHours.delete({ where: { weekday: 1 } });
    await db.openingHours.create({ data: { weekday: 7, opensAt: 0, closesAt: 1440 } });
    await db.openingHours.update({ where: { weekday: 5 }, data: { opensAt: 630, closesAt: 1305 } });
    await db.closure.create({ data: { startsOn: new Date("2027-06-03T00:00:00Z"), endsOn: new Date("2027-06-03T00:00:00Z"), reason: "Maintenance" } });
    leadId = (await createLead(db)).id;
  });

  const newRoom = (active = true) =>
    db.room.create({ data: { name: `Room ${randomUUID().slice(0, 8)}`, description: "A live room", hourlyRateCents: 4000, dayRateCents: 30000, active } });

  const book = (roomId: string, status: BookingStatus, startsAt: string, endsAt: string, holdExpiresAt: string | null = null) =>
    insertSession(db, { inquiryId: leadId, roomId, status, startsAt: new Date(startsAt), endsAt: new Date(endsAt), holdExpiresAt: holdExpiresAt && new Date(holdExpiresAt) });

  const roomOf = (rooms: RoomAvailability[], id: string) => {
    const room = rooms.find((candidate) => candidate.id === id);
    if (!room) throw new Error(`room ${id} is not listed`);
    return room;
  };

  /** "HH:MM free|busy" for each slot of one day, in wall-clock time. */
  const dayOf = (room: RoomAvailability, date: string) => {
    const day = room.days.find((candidate) => candidate.date === date)!;
    const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    return day.slots.map((slot) => `${clock(slot.startMinutes)}-${clock(slot.endMinutes)} ${slot.free ? "free" : "busy"}`);
  };

  it("lists each active room's days, closed by weekday or by a closure, split into hours", async () => {
    const room = await newRoom();
    const hidden = await newRoom(false);
    // Tuesday 1 June 2027 to Monday 7 June; long before, so nothing has started.
    const availability = await loadAvailability(db, { from: "2027-06-01", days: 7, now: new Date("2027-01-01T00:00:00Z") });
    expect(availability).toMatchObject({ timeZone: "Europe/London", from: "2027-06-01", days: 7 });
    expect(availability.rooms.some((candidate) => candidate.id === hidden.id)).toBe(false);
    const listed = roomOf(availability.rooms, room.id);
    expect(listed).toMatchObject({ name: room.name, description: "A live room" });
    expect(listed.days.map((day) => [day.date, day.weekday, day.hours])).toEqual([
      ["2027-06-01", 2, { opensAt: 600, closesAt: 1320 }],
      ["2027-06-02", 3, { opensAt: 600, closesAt: 1320 }],
      ["2027-06-03", 4, null], // the closure
      ["2027-06-04", 5, { opensAt: 630, closesAt: 1305 }],
      ["2027-06-05", 6, { opensAt: 600, closesAt: 1320 }],
      ["2027-06-06", 7, { opensAt: 0, closesAt: 1440 }],
      ["2027-06-07", 1, null], // closed on Mondays
    ]);
    expect(listed.days[2]!.slots).toEqual([]);
    expect(listed.days[6]!.slots).toEqual([]);
    const tuesday = listed.days[0]!.slots;
    expect(tuesday).toHaveLength(12);
    // British Summer Time: 10:00 in London is 09:00 UTC.
    expect(tuesday[0]).toMatchObject({ startsAt: new Date("2027-06-01T09:00:00Z"), endsAt: new Date("2027-06-01T10:00:00Z"), free: true });
    expect(tuesday.at(-1)).toMatchObject({ startsAt: new Date("2027-06-01T20:00:00Z"), endsAt: new Date("2027-06-01T21:00:00Z") });
    expect(dayOf(listed, "2027-06-04")).toEqual([
      "10:30-11:00 free",
      ...Array.from({ length: 10 }, (_, index) => `${11 + index}:00-${12 + index}:00 free`),
      "21:00-21:45 free",
    ]);
  });

  it("keeps wall-clock hours on the days the clocks change in Europe/London", async () => {
    const room = await newRoom();
    const now = new Date("2027-01-01T00:00:00Z");
    const spring = roomOf((await loadAvailability(db, { from: "2027-03-27", days: 2, now })).rooms, room.id);
    const saturday = spring.days[0]!.slots;
    expect(saturday[0]!.startsAt.toISOString()).toBe(iso("2027-03-27T10:00:00Z")); // GMT
    const sunday = spring.days[1]!.slots;
    // 01:00 to 02:00 does not exist on 28 March 2027: 23 slots, and 10:00 is now BST.
    expect(sunday).toHaveLength(23);
    expect(sunday.map((slot) => slot.startMinutes)).not.toContain(60);
    expect(sunday[0]).toMatchObject({ startsAt: new Date("2027-03-28T00:00:00Z"), endsAt: new Date("2027-03-28T01:00:00Z") });
    expect(sunday[1]).toMatchObject({ startMinutes: 120, startsAt: new Date("2027-03-28T01:00:00Z"), endsAt: new Date("2027-03-28T02:00:00Z") });
    expect(sunday.find((slot) => slot.startMinutes === 600)!.startsAt.toISOString()).toBe(iso("2027-03-28T09:00:00Z"));
    expect(sunday.at(-1)).toMatchObject({ startsAt: new Date("2027-03-28T22:00:00Z"), endsAt: new Date("2027-03-28T23:00:00Z") });

    const autumn = roomOf((await loadAvailability(db, { from: "2027-10-31", days: 1, now })).rooms, room.id).days[0]!.slots;
    // 01:00 to 02:00 happens twice on 31 October 2027: that slot lasts both hours.
    expect(autumn).toHaveLength(24);
    expect(autumn[0]).toMatchObject({ startsAt: new Date("2027-10-30T23:00:00Z"), endsAt: new Date("2027-10-31T00:00:00Z") });
    expect(autumn[1]).toMatchObject({ startMinutes: 60, startsAt: new Date("2027-10-31T00:00:00Z"), endsAt: new Date("2027-10-31T02:00:00Z") });
    expect(autumn.find((slot) => slot.startMinutes === 600)!.startsAt.toISOString()).toBe(iso("2027-10-31T10:00:00Z"));
  });

  it("is busy where a live hold or a confirmed session is, and free where cancelled, expired or overdue ones are", async () => {
    const room = await newRoom();
    const other = await newRoom();
    const now = new Date("2027-05-20T12:00:00Z");
    // Wednesday 2 June 2027 (BST, UTC+1).
    await book(room.id, "CONFIRMED", "2027-06-02T13:00:00Z", "2027-06-02T15:00:00Z"); // 14:00-16:00
    await book(room.id, "HOLD", "2027-06-02T16:00:00Z", "2027-06-02T17:00:00Z", "2027-05-27T12:00:00Z"); // 17:00-18:00, live
    await book(room.id, "HOLD", "2027-06-02T17:00:00Z", "2027-06-02T18:00:00Z", "2027-05-20T11:59:00Z"); // 18:00-19:00, overdue
    await book(room.id, "CANCELLED", "2027-06-02T09:00:00Z", "2027-06-02T11:00:00Z"); // 10:00-12:00
    await book(room.id, "EXPIRED", "2027-06-02T11:00:00Z", "2027-06-02T12:00:00Z"); // 12:00-13:00
    await book(room.id, "CONFIRMED", "2027-06-02T18:30:00Z", "2027-06-02T19:15:00Z"); // 19:30-20:15: two slots
    await book(other.id, "CONFIRMED", "2027-06-02T09:00:00Z", "2027-06-02T21:00:00Z"); // the whole day, elsewhere

    const { rooms } = await loadAvailability(db, { from: "2027-06-02", days: 1, now });
    expect(dayOf(roomOf(rooms, room.id), "2027-06-02")).toEqual([
      "10:00-11:00 free",
      "11:00-12:00 free",
      "12:00-13:00 free",
      "13:00-14:00 free",
      "14:00-15:00 busy",
      "15:00-16:00 busy",
      "16:00-17:00 free", // half-open: the session ended at 16:00
      "17:00-18:00 busy",
      "18:00-19:00 free",
      "19:00-20:00 busy",
      "20:00-21:00 busy",
      "21:00-22:00 free",
    ]);
    expect(dayOf(roomOf(rooms, other.id), "2027-06-02").every((slot) => slot.endsWith("busy"))).toBe(true);

    // A day later the live hold has run out too, though no sweep has marked it.
    const later = await loadAvailability(db, { from: "2027-06-02", days: 1, now: new Date("2027-05-27T12:00:00Z") });
    expect(dayOf(roomOf(later.rooms, room.id), "2027-06-02")[7]).toBe("17:00-18:00 free");
  });

  it("starts today in the studio's zone, with the slots that have started busy", async () => {
    const room = await newRoom();
    // 23:30 UTC on Tuesday 1 June is 00:30 on Wednesday in London.
    const midnight = await loadAvailability(db, { days: 1, now: new Date("2027-06-01T23:30:00Z") });
    expect(midnight.from).toBe("2027-06-02");

    // 11:30 in London: the 10:00 and 11:00 slots have started.
    const { rooms, from } = await loadAvailability(db, { days: 2, now: new Date("2027-06-02T10:30:00Z") });
    expect(from).toBe("2027-06-02");
    const today = dayOf(roomOf(rooms, room.id), "2027-06-02");
    expect(today.slice(0, 3)).toEqual(["10:00-11:00 busy", "11:00-12:00 busy", "12:00-13:00 free"]);
    expect(dayOf(roomOf(rooms, room.id), "2027-06-03")).toEqual([]); // the closure
  });
});
