// "Book this" on the lead page: the artist's requested time, held in one click as one booking.
import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { handleInquiryRequest } from "@/lib/inquiries/handle-inquiry-request";
import { addDays, todayIn, wallClockToInstant, weekdayOf } from "@/lib/time/zoned-time";
import { createRoom, insertSession } from "@/test/support/booking-fixtures";
import { inquiryContext, validInquiry } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { bookRequestedTime } from "./book-requested-time";

const ZONE = "Europe/London";
const at = (date: string, hhmm: string) => wallClockToInstant(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)), ZONE).toISOString();
function nextTuesday(): string {
  let date = addDays(todayIn(ZONE), 20);
  while (weekdayOf(date) !== 2) date = addDays(date, 1);
  return date;
}

// Each test asks for its own Tuesday-and-Wednesday in its own room, so they never meet.
describeEachDatabase("booking the requested time in one click", { poolSize: 6 }, ({ db }) => {
  let staff: StaffMember;
  beforeAll(async () => {
    staff = await createStaff(db, "STAFF");
    // The studio holds nothing automatically: the requests below arrive as REQUESTED.
    await db.studioSettings.update({ where: { id: 1 }, data: { holdRequestedTime: false } });
    return () => db.studioSettings.update({ where: { id: 1 }, data: { holdRequestedTime: true } });
  });
  const settings = () => inquiryContext(db).emailSettings;
  const inquire = async () => {
    const room = await createRoom(db);
    const tuesday = nextTuesday();
    const blocks = [
      { start: at(tuesday, "10:00"), end: at(tuesday, "22:00") },
      { start: at(addDays(tuesday, 1), "10:00"), end: at(addDays(tuesday, 1), "16:00") },
    ];
    const response = await handleInquiryRequest(
      new Request("http://studio.test/api/inquiries", { method: "POST", body: JSON.stringify(validInquiry({ sessionRequest: { roomId: room.id, blocks } })), headers: { "content-type": "application/json" } }),
      { context: async () => inquiryContext(db), afterCommit: () => {} },
    );
    const body = await response.json();
    expect(body.sessionRequest.status).toBe("REQUESTED");
    return { room, blocks, leadId: body.id as string };
  };

  it("holds every requested block as one booking, by the staff member, for the studio's hold days", async () => {
    const { blocks, leadId } = await inquire();
    const now = new Date();
    const ids = await bookRequestedTime(db, staff, { leadId, now }, settings());
    const holds = await db.booking.findMany({ where: { id: { in: ids } }, orderBy: { startsAt: "asc" } });
    expect(holds.map((hold) => [hold.status, hold.startsAt.toISOString(), hold.endsAt.toISOString(), hold.createdById])).toEqual(
      blocks.map((block) => ["HOLD", block.start, block.end, staff.id]),
    );
    expect(new Set(holds.map((hold) => hold.groupId)).size).toBe(1);
    const { holdDays } = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(holds[0]!.holdExpiresAt).toEqual(new Date(now.getTime() + holdDays * 86_400_000));
    expect(await db.leadEvent.count({ where: { inquiryId: leadId, type: "SESSION_HELD", actorId: staff.id } })).toBe(2);
    // What happened as the inquiry arrived stays on record (a replay of it answers the same).
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: leadId } })).sessionRequestStatus).toBe("REQUESTED");
  });

  it("refuses a time taken since, naming what holds it, and changes nothing", async () => {
    const { room, blocks, leadId } = await inquire();
    const other = await createLead(db);
    await insertSession(db, { inquiryId: other.id, roomId: room.id, status: "CONFIRMED", startsAt: new Date(blocks[1]!.start), endsAt: new Date(blocks[1]!.end) });
    await expect(bookRequestedTime(db, staff, { leadId }, settings())).rejects.toThrow(new RegExp(`${room.name}.*${other.reference}`));
    expect(await db.booking.count({ where: { inquiryId: leadId } })).toBe(0);
    expect(await db.bookingGroup.count({ where: { inquiryId: leadId } })).toBe(0);
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: leadId } })).sessionRequestStatus).toBe("REQUESTED");
  });

  it("refuses a retired room with the artist's words, and a lead that asked for no time", async () => {
    const { room, leadId } = await inquire();
    await db.room.update({ where: { id: room.id }, data: { active: false } });
    await expect(bookRequestedTime(db, staff, { leadId }, settings())).rejects.toThrow(/This room cannot be booked/);
    const plain = await createLead(db);
    await expect(bookRequestedTime(db, staff, { leadId: plain.id }, settings())).rejects.toThrow(/nothing to book in one click/);
  });
});
