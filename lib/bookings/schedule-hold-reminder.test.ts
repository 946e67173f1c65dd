import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createRoom, sessionInput } from "@/test/support/booking-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { withRenderedBodies } from "@/test/support/outbox-delivery";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { cancelBooking } from "./cancel-booking";
import { confirmBooking } from "./confirm-booking";
import { createSessions } from "./create-sessions";
import { expireHolds } from "./expire-holds";
import { moveSession } from "./move-session";
import { assignLead } from "@/lib/leads/assign-lead";

const NOW = new Date("2026-11-22T12:00:00Z");
const DAY = 86_400_000;

describeEachDatabase("the hold-ending reminder", { poolSize: 4 }, ({ db }) => {
  let staff: StaffMember;
  beforeAll(async () => {
    staff = await createStaff(db, "STAFF");
  });
  const settings = () => inquiryContext(db).emailSettings;
  const hold = async (dates = ["2026-12-10"]) => {
    const room = await createRoom(db);
    const lead = await createLead(db, { name: "Zoë Adeyemi" });
    const ids = await createSessions(db, staff, lead.id, sessionInput(room.id, { dates }), { now: NOW, emailSettings: settings() });
    const { groupId } = await db.booking.findUniqueOrThrow({ where: { id: ids[0] } });
    return { lead, room, id: ids[0]!, ids, groupId };
  };
  // A booking's reminders are keyed by the booking (its group), whatever day changes.
  const reminders = async (bookingId: string, who: "artist" | "staff" = "artist") => {
    const { groupId } = await db.booking.findUniqueOrThrow({ where: { id: bookingId } });
    return db.outboxMessage.findMany({ where: { scheduleKey: `booking:${groupId}:hold-ending${who === "staff" ? ":staff" : ""}` }, orderBy: { createdAt: "asc" } });
  };

  it("is scheduled a day before the hold lapses, in the artist's thread, naming the time in the studio's zone", async () => {
    const { lead, room, id } = await hold();
    const { holdExpiresAt } = await db.booking.findUniqueOrThrow({ where: { id } });
    const [reminder] = await reminders(id);
    expect(reminder).toMatchObject({ kind: "booking.hold-ending", status: "PENDING", toAddress: lead.input.email });
    expect(reminder.nextAttemptAt).toEqual(new Date(holdExpiresAt!.getTime() - DAY));
    const ack = await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: lead.id, kind: "inquiry.acknowledgement" } });
    expect(reminder.inReplyTo).toBe(ack.messageId);
    const { textBody } = await withRenderedBodies(db, reminder);
    expect(textBody).toContain("Hi Zoë,");
    expect(textBody).toContain(`Thu, 10 Dec 2026, 10:00 GMT – 14:00 GMT · ${room.name}, Studio Desk`);
    expect(textBody).toContain("until 29 Nov 2026, 12:00 GMT");

    // The studio hears too: nobody is assigned, so its inbox, with a link to the lead.
    const [notice] = await reminders(id, "staff");
    expect(notice).toMatchObject({ kind: "booking.hold-ending-staff", status: "PENDING", toAddress: settings().studioInbox, nextAttemptAt: reminder.nextAttemptAt });
    const staffBody = (await withRenderedBodies(db, notice)).textBody;
    expect(staffBody).toContain("The time held for Zoë Adeyemi lapses at 29 Nov 2026, 12:00 GMT");
    expect(staffBody).toContain(`/admin/leads/${lead.id}`);
  });

  it("goes to the staff member the lead is assigned to, and names every day of the booking until all are settled", async () => {
    const { lead, room, ids } = await hold(["2026-12-10", "2026-12-11"]);
    const assignee = await createStaff(db, "STAFF");
    // Assigning the lead sends the notice already scheduled to its new staff member.
    await assignLead(db, staff, { leadId: lead.id, expectedAssigneeId: null, assigneeId: assignee.id, now: new Date(NOW.getTime() + 500), emailSettings: settings() });
    expect((await reminders(ids[0]!, "staff")).find((row) => row.status === "PENDING")).toMatchObject({ toAddress: assignee.email });
    await moveSession(db, staff, lead.id, { bookingId: ids[1], version: (await db.booking.findUniqueOrThrow({ where: { id: ids[1] } })).updatedAt.toISOString(), roomId: room.id, dates: ["2026-12-12"], startTime: "10:00", endTime: "14:00" }, { now: new Date(NOW.getTime() + 1000), emailSettings: settings() });
    const artistNow = (await reminders(ids[0]!)).find((row) => row.status === "PENDING")!;
    expect((await withRenderedBodies(db, artistNow)).textBody).toMatch(/Thu, 10 Dec 2026, 10:00 GMT – 14:00 GMT[\s\S]*Sat, 12 Dec 2026, 10:00 GMT – 14:00 GMT/);
    expect(artistNow.subject).toContain("Thu, 10 Dec 2026 and 1 more day");
    const staffNow = (await reminders(ids[0]!, "staff")).find((row) => row.status === "PENDING")!;
    expect(staffNow).toMatchObject({ status: "PENDING", toAddress: assignee.email });

    // Confirming one day leaves a reminder about the other; confirming that one withdraws both.
    await confirmBooking(db, staff, { leadId: lead.id, bookingId: ids[0]!, now: new Date(NOW.getTime() + 2000) }, settings());
    const afterOne = (await reminders(ids[0]!)).filter((row) => row.status === "PENDING");
    expect(afterOne).toHaveLength(1);
    const onlyBody = (await withRenderedBodies(db, afterOne[0]!)).textBody;
    expect(onlyBody).toContain("Sat, 12 Dec 2026");
    expect(onlyBody).not.toContain("Thu, 10 Dec 2026");
    await confirmBooking(db, staff, { leadId: lead.id, bookingId: ids[1]!, now: new Date(NOW.getTime() + 3000) }, settings());
    expect((await reminders(ids[0]!)).filter((row) => row.status === "PENDING")).toEqual([]);
    expect((await reminders(ids[0]!, "staff")).filter((row) => row.status === "PENDING")).toEqual([]);
  });

  it("follows a move, and is withdrawn when the hold is confirmed", async () => {
    const { lead, room, id } = await hold();
    const { updatedAt } = await db.booking.findUniqueOrThrow({ where: { id } });
    await moveSession(db, staff, lead.id, { bookingId: id, version: updatedAt.toISOString(), roomId: room.id, dates: ["2026-12-12"], startTime: "11:00", endTime: "13:00" }, { now: new Date(NOW.getTime() + 1000), emailSettings: settings() });
    const afterMove = await reminders(id);
    expect(afterMove.map((row) => row.status)).toEqual(["WITHDRAWN", "PENDING"]);
    expect((await withRenderedBodies(db, afterMove[1])).textBody).toContain("Sat, 12 Dec 2026, 11:00 GMT – 13:00 GMT");

    await confirmBooking(db, staff, { leadId: lead.id, bookingId: id, now: new Date(NOW.getTime() + 2000) }, settings());
    expect((await reminders(id)).map((row) => row.status)).toEqual(["WITHDRAWN", "WITHDRAWN"]);
  });

  it("is withdrawn with a cancelled hold and with a lapsed one", async () => {
    const cancelled = await hold();
    await cancelBooking(db, staff, { leadId: cancelled.lead.id, bookingId: cancelled.id, now: new Date(NOW.getTime() + 1000) }, settings());
    expect((await reminders(cancelled.id)).map((row) => row.status)).toEqual(["WITHDRAWN"]);

    const lapsed = await hold(["2026-12-14"]);
    await expireHolds(db, { now: new Date(NOW.getTime() + 30 * DAY) });
    expect((await db.booking.findUniqueOrThrow({ where: { id: lapsed.id } })).status).toBe("EXPIRED");
    expect((await reminders(lapsed.id)).map((row) => row.status)).toEqual(["WITHDRAWN"]);
    expect((await reminders(lapsed.id, "staff")).map((row) => row.status)).toEqual(["WITHDRAWN"]);
  });

  it("is not scheduled for a confirmed session", async () => {
    const room = await createRoom(db);
    const lead = await createLead(db);
    const [id] = await createSessions(db, staff, lead.id, sessionInput(room.id, { status: "CONFIRMED" }), { now: NOW, emailSettings: settings() });
    expect(await reminders(id!)).toEqual([]);
  });

  it("carries the owner's note, and is not sent to the artist when switched off (the staff member still hears)", async () => {
    await db.studioSettings.update({ where: { id: 1 }, data: { holdReminderNote: "Confirm by phone before 18:00." } });
    const noted = await hold(["2026-12-15"]);
    const [withNote] = await reminders(noted.id);
    expect((await withRenderedBodies(db, withNote!)).textBody).toContain("Confirm by phone before 18:00.");

    await db.studioSettings.update({ where: { id: 1 }, data: { holdReminderOn: false, holdReminderNote: "" } });
    try {
      const quiet = await hold(["2026-12-16"]);
      expect(await reminders(quiet.id)).toEqual([]);
      expect((await reminders(quiet.id, "staff")).map((row) => row.status)).toEqual(["PENDING"]);
    } finally {
      await db.studioSettings.update({ where: { id: 1 }, data: { holdReminderOn: true } });
    }
  });
});
