import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createBookablePerson, createRoom, insertSession, sessionInput } from "@/test/support/booking-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { createSessions } from "./create-sessions";
import { loadFreeBusy } from "./load-free-busy";

const NOW = new Date("2026-12-01T12:00:00Z");

describeEachDatabase("the booking form's free and busy", { poolSize: 4 }, ({ db }) => {
  let staff: StaffMember;
  beforeAll(async () => {
    staff = await createStaff(db, "STAFF");
  });

  it("names the room's and each person's live sessions on each day, with the zone, and the day's hours", async () => {
    const [room, otherRoom, engineer, lead] = await Promise.all([createRoom(db), createRoom(db), createBookablePerson(db, ["ENGINEER"]), createLead(db)]);
    await createSessions(db, staff, lead.id, sessionInput(room.id, { dates: ["2026-12-10"], startTime: "11:00", endTime: "13:00", status: "CONFIRMED" }), { now: NOW, emailSettings: inquiryContext(db).emailSettings });
    await createSessions(db, staff, lead.id, sessionInput(otherRoom.id, { dates: ["2026-12-10"], startTime: "15:00", endTime: "18:00", engineerId: engineer.id }), { now: NOW, emailSettings: inquiryContext(db).emailSettings });
    // A hold past its expiry takes nothing, though nobody has swept it yet.
    await insertSession(db, { inquiryId: lead.id, roomId: room.id, status: "HOLD", holdExpiresAt: new Date(NOW.getTime() - 1000), startsAt: new Date("2026-12-10T19:00:00Z"), endsAt: new Date("2026-12-10T21:00:00Z") });

    const days = await loadFreeBusy(db, { roomId: room.id, people: [{ id: engineer.id, name: "Sam" }], dates: ["2026-12-11", "2026-12-10", "not a date", "2026-12-13"], now: NOW });
    expect(days.map((day) => day.date)).toEqual(["2026-12-10", "2026-12-11", "2026-12-13"]);
    expect(days[0]).toEqual({
      date: "2026-12-10",
      label: "Thu 10 Dec",
      hours: "10:00 GMT – 22:00 GMT",
      rows: [
        { who: room.name, busy: [`11:00 GMT – 13:00 GMT (confirmed, ${lead.reference})`] },
        { who: "Sam", busy: [`15:00 GMT – 18:00 GMT (hold, ${lead.reference})`] },
      ],
    });
    expect(days[1]!.rows.every((row) => row.busy.length === 0)).toBe(true);
    expect(days[2]!.hours).toBe("Closed"); // a Sunday
  });

  it("answers nothing for a room that is not an id or no dates", async () => {
    expect(await loadFreeBusy(db, { roomId: "x", people: [], dates: ["2026-12-10"] })).toEqual([]);
    expect(await loadFreeBusy(db, { roomId: (await createRoom(db)).id, people: [], dates: [] })).toEqual([]);
  });
});
