import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createSessions } from "@/lib/bookings/create-sessions";
import { createBookablePerson, createRoom, sessionInput } from "@/test/support/booking-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { loadToday } from "./load-today";

// A Thursday in British summer time, so every time says BST.
const NOW = new Date("2027-06-10T08:00:00Z");

describeEachDatabase("the day sheet", { poolSize: 4 }, ({ db }) => {
  let staff: StaffMember;
  beforeAll(async () => {
    staff = await createStaff(db, "STAFF");
  });
  const book = (leadId: string, roomId: string, overrides: Record<string, unknown>) =>
    createSessions(db, staff, leadId, sessionInput(roomId, overrides), { now: new Date(NOW.getTime() - 3 * 86_400_000), emailSettings: inquiryContext(db).emailSettings });

  it("lists today's and tomorrow's sessions by room, holds ending within 48 hours, and who is waiting", async () => {
    const [room, engineer] = await Promise.all([createRoom(db, { name: `A room ${Date.now()}` }), createBookablePerson(db, ["ENGINEER"])]);
    const band = await createLead(db, { name: "Juno Achebe", artistName: "Salt & Glass" });
    await book(band.id, room.id, { dates: ["2027-06-10"], startTime: "11:00", endTime: "15:00", status: "CONFIRMED", engineerId: engineer.id });
    // Held three days ago for the studio's 7 days: not ending within 48 h.
    await book(band.id, room.id, { dates: ["2027-06-11"], startTime: "16:00", endTime: "20:00" });
    const soon = await createLead(db, { name: "Ria Moss" });
    const [soonId] = await book(soon.id, room.id, { dates: ["2027-06-14"], startTime: "10:00", endTime: "12:00" });
    await db.booking.update({ where: { id: soonId }, data: { holdExpiresAt: new Date(NOW.getTime() + 20 * 3_600_000) } });

    const today = await loadToday(db, NOW);
    expect(today.days.map((day) => day.label)).toEqual(["Today, Thu, 10 Jun 2027", "Tomorrow, Fri, 11 Jun 2027"]);
    const ours = (index: number) => today.days[index]!.rooms.find((candidate) => candidate.id === room.id)!.sessions;
    expect(ours(0)).toEqual([expect.objectContaining({ when: "11:00 BST – 15:00 BST", status: "CONFIRMED", who: "Salt & Glass (Juno Achebe)", people: [expect.stringMatching(/^Engineer: /)] })]);
    expect(ours(1)).toEqual([expect.objectContaining({ when: "16:00 BST – 20:00 BST", status: "HOLD" })]);
    expect(today.holdsEnding).toEqual([expect.objectContaining({ leadId: soon.id, endsAt: "11 Jun 2027, 05:00 BST", days: ["Mon, 14 Jun 2027, 10:00 BST – 12:00 BST"] })]);
    // New leads with no answer, oldest first (the ones made here are among them).
    const waiting = today.waiting.map((lead) => lead.leadId);
    expect(waiting.indexOf(band.id)).toBeLessThan(waiting.indexOf(soon.id));
  });
});
