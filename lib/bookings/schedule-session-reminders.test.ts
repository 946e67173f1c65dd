import { afterAll, beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createBookablePerson, createRoom, sessionInput } from "@/test/support/booking-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { outboxDelivery, withRenderedBodies } from "@/test/support/outbox-delivery";
import { SmtpTestServer } from "@/test/support/smtp-test-server";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { cancelBooking } from "./cancel-booking";
import { confirmBooking } from "./confirm-booking";
import { createSessions } from "./create-sessions";
import { moveSession } from "./move-session";

const NOW = new Date("2026-11-22T12:00:00Z");

describeEachDatabase("the reminders around a confirmed session", { poolSize: 4 }, ({ db }) => {
  let staff: StaffMember;
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    staff = await createStaff(db, "STAFF");
    smtp = await new SmtpTestServer().start();
  });
  afterAll(() => smtp.stop());
  const settings = () => inquiryContext(db).emailSettings;
  const reminders = (bookingId: string) =>
    db.outboxMessage.findMany({ where: { scheduleKey: { startsWith: `booking:${bookingId}:` }, NOT: { scheduleKey: { endsWith: ":hold-ending" } } }, orderBy: [{ createdAt: "asc" }, { kind: "asc" }] });
  const pending = async (bookingId: string) =>
    (await reminders(bookingId)).filter((row) => row.status === "PENDING").map((row) => [row.kind, row.nextAttemptAt.toISOString()]).sort();
  const session = async ({ dates = ["2026-12-10"], status = "HOLD", roleNeeded = "ENGINEER", now = NOW, people = {} as Record<string, string> } = {}) => {
    const room = await createRoom(db);
    const lead = await createLead(db, { name: "Zoë Adeyemi", roleNeeded });
    const [id] = await createSessions(db, staff, lead.id, sessionInput(room.id, { dates, status, ...people }), { now, emailSettings: settings() });
    return { lead, room, id: id! };
  };

  it("are scheduled on confirm at 10:00 studio time: preparation 3 days before, logistics the day before, thanks the day after", async () => {
    const engineer = await createBookablePerson(db, ["ENGINEER"]);
    const { lead, room, id } = await session({ people: { engineerId: engineer.id } });
    expect(await pending(id)).toEqual([]); // a hold has none
    await confirmBooking(db, staff, { leadId: lead.id, bookingId: id, now: NOW }, settings());
    expect(await pending(id)).toEqual([
      ["booking.follow-up", "2026-12-11T10:00:00.000Z"],
      ["booking.logistics", "2026-12-09T10:00:00.000Z"],
      ["booking.preparation", "2026-12-07T10:00:00.000Z"],
    ]);
    const rows = await reminders(id);
    const ack = await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: lead.id, kind: "inquiry.acknowledgement" } });
    expect(rows.every((row) => row.toAddress === lead.input.email && row.inReplyTo === ack.messageId)).toBe(true);

    const text = async (kind: string) => (await withRenderedBodies(db, rows.find((row) => row.kind === kind)!)).textBody!;
    const preparation = await text("booking.preparation");
    expect(preparation).toContain("Hi Zoë,");
    expect(preparation).toContain("Parts rehearsed until they are second nature");
    expect(preparation).toContain("A reference track");
    expect(preparation).not.toContain("Lyrics");
    const logistics = await text("booking.logistics");
    expect(logistics).toContain("When: Thu, 10 Dec 2026, 10:00 GMT – 14:00 GMT");
    expect(logistics).toContain(`Where: ${room.name}, Studio Desk, 12 Canal Street, London`);
    expect(logistics).toContain(`Engineer: ${engineer.name}`);
    expect(await text("booking.follow-up")).toContain("We hope the session went well");
  });

  it("ask a producer's artist for demos, lyrics and voice memos, and carry the owner's notes", async () => {
    await db.studioSettings.update({ where: { id: 1 }, data: { prepReminderNote: "Bring your own headphones if you like them.", logisticsNote: "Ring the bell at the blue door; parking on Wharf Road." } });
    try {
      const { lead, id } = await session({ roleNeeded: "PRODUCER" });
      await confirmBooking(db, staff, { leadId: lead.id, bookingId: id, now: NOW }, settings());
      const rows = await reminders(id);
      const preparation = (await withRenderedBodies(db, rows.find((row) => row.kind === "booking.preparation")!)).textBody!;
      expect(preparation).toContain("Your demos");
      expect(preparation).toContain("Lyrics");
      expect(preparation).toContain("Voice memos");
      expect(preparation).not.toContain("reference track");
      expect(preparation).toContain("Bring your own headphones if you like them.");
      expect((await withRenderedBodies(db, rows.find((row) => row.kind === "booking.logistics")!)).textBody).toContain("Ring the bell at the blue door");
    } finally {
      await db.studioSettings.update({ where: { id: 1 }, data: { prepReminderNote: "", logisticsNote: "" } });
    }
  });

  it("move with their session, and are withdrawn when it is cancelled", async () => {
    const { lead, room, id } = await session({ status: "CONFIRMED" });
    const { updatedAt } = await db.booking.findUniqueOrThrow({ where: { id } });
    await moveSession(db, staff, lead.id, { bookingId: id, version: updatedAt.toISOString(), roomId: room.id, dates: ["2026-12-15"], startTime: "18:00", endTime: "21:00" }, { now: new Date(NOW.getTime() + 1000), emailSettings: settings() });
    expect(await pending(id)).toEqual([
      ["booking.follow-up", "2026-12-16T10:00:00.000Z"],
      ["booking.logistics", "2026-12-14T10:00:00.000Z"],
      ["booking.preparation", "2026-12-12T10:00:00.000Z"],
    ]);
    expect((await reminders(id)).filter((row) => row.status === "WITHDRAWN")).toHaveLength(3);
    await cancelBooking(db, staff, { leadId: lead.id, bookingId: id, now: new Date(NOW.getTime() + 2000) }, settings());
    expect(await pending(id)).toEqual([]);
    expect((await reminders(id)).map((row) => row.status)).toEqual(Array(6).fill("WITHDRAWN"));
  });

  it("are never scheduled for a time already past, nor when switched off", async () => {
    // Booked on the 9th for the 10th: the preparation time (the 7th) and the day before at 10:00 are gone.
    const late = await session({ status: "CONFIRMED", now: new Date("2026-12-09T11:00:00Z") });
    expect(await pending(late.id)).toEqual([["booking.follow-up", "2026-12-11T10:00:00.000Z"]]);

    await db.studioSettings.update({ where: { id: 1 }, data: { prepReminderOn: false, followUpReminderOn: false, prepReminderDays: 5 } });
    try {
      const quiet = await session({ status: "CONFIRMED", dates: ["2026-12-17"] });
      expect(await pending(quiet.id)).toEqual([["booking.logistics", "2026-12-16T10:00:00.000Z"]]);
    } finally {
      await db.studioSettings.update({ where: { id: 1 }, data: { prepReminderOn: true, followUpReminderOn: true, prepReminderDays: 3 } });
    }
  });

  it("are sent once, at their time and not before", async () => {
    const { lead, id } = await session({ status: "CONFIRMED", dates: ["2026-12-21"] });
    // Everything else of this lead (acknowledgement, confirmation) goes first.
    await outboxDelivery(db, smtp, () => NOW)();
    const received = () => smtp.to(lead.input.email).filter((mail) => /Getting ready|Tomorrow at the studio|Thank you for your session/.test(mail.parsed.subject ?? ""));
    expect(received()).toHaveLength(0);
    await outboxDelivery(db, smtp, () => new Date("2026-12-18T09:59:00Z"))();
    expect(received()).toHaveLength(0);
    await outboxDelivery(db, smtp, () => new Date("2026-12-18T10:00:00Z"))();
    expect(received().map((mail) => mail.parsed.subject)).toEqual([`Getting ready for your session on Mon, 21 Dec 2026 (${lead.reference})`]);
    await outboxDelivery(db, smtp, () => new Date("2026-12-18T10:05:00Z"))();
    await outboxDelivery(db, smtp, () => new Date("2026-12-20T10:00:00Z"))();
    expect(received().map((mail) => mail.parsed.subject)).toEqual([
      `Getting ready for your session on Mon, 21 Dec 2026 (${lead.reference})`,
      `Tomorrow at the studio: Mon, 21 Dec 2026 (${lead.reference})`,
    ]);
    expect((await reminders(id)).map((row) => row.status).sort()).toEqual(["PENDING", "SENT", "SENT"]);
  });

  it("go at 10:00 on the studio's clock across the daylight-saving changes of London and New York", async () => {
    const before = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 } });
    const early = new Date("2026-01-05T12:00:00Z");
    try {
      // Each session is on the Monday after the clocks change; its reminders fall either side.
      const cases = [
        ["Europe/London", "2026-03-30", "2026-03-27T10:00:00.000Z", "2026-03-29T09:00:00.000Z", "2026-03-31T09:00:00.000Z"],
        ["Europe/London", "2026-10-26", "2026-10-23T09:00:00.000Z", "2026-10-25T10:00:00.000Z", "2026-10-27T10:00:00.000Z"],
        ["America/New_York", "2026-03-09", "2026-03-06T15:00:00.000Z", "2026-03-08T14:00:00.000Z", "2026-03-10T14:00:00.000Z"],
        ["America/New_York", "2026-11-02", "2026-10-30T14:00:00.000Z", "2026-11-01T15:00:00.000Z", "2026-11-03T15:00:00.000Z"],
      ] as const;
      for (const [timeZone, date, preparation, logistics, followUp] of cases) {
        await db.studioSettings.update({ where: { id: 1 }, data: { timeZone } });
        const { id } = await session({ status: "CONFIRMED", dates: [date], now: early });
        expect(await pending(id), `${timeZone} ${date}`).toEqual([
          ["booking.follow-up", followUp],
          ["booking.logistics", logistics],
          ["booking.preparation", preparation],
        ]);
      }
    } finally {
      await db.studioSettings.update({ where: { id: 1 }, data: { timeZone: before.timeZone } });
    }
  });

  it("treat a booking's consecutive days as one stretch: readied before the first, thanked after the last, and kept so as days change", async () => {
    const room = await createRoom(db);
    const lead = await createLead(db, { name: "Zoë Adeyemi" });
    const ids = await createSessions(db, staff, lead.id, sessionInput(room.id, { dates: ["2026-12-14", "2026-12-15", "2026-12-16", "2026-12-18"], status: "CONFIRMED" }), { now: NOW, emailSettings: settings() });
    const [monday, tuesday, wednesday, friday] = ids as [string, string, string, string];
    expect(await pending(monday)).toEqual([
      ["booking.logistics", "2026-12-13T10:00:00.000Z"],
      ["booking.preparation", "2026-12-11T10:00:00.000Z"],
    ]);
    expect(await pending(tuesday)).toEqual([]);
    expect(await pending(wednesday)).toEqual([["booking.follow-up", "2026-12-17T10:00:00.000Z"]]);
    // Friday stands alone: all three.
    expect((await pending(friday)).map(([kind]) => kind)).toEqual(["booking.follow-up", "booking.logistics", "booking.preparation"]);

    // Cancelling Monday makes Tuesday the first day; cancelling Wednesday makes it the last too.
    await cancelBooking(db, staff, { leadId: lead.id, bookingId: monday, now: new Date(NOW.getTime() + 1000) }, settings());
    expect(await pending(monday)).toEqual([]);
    expect((await pending(tuesday)).map(([kind]) => kind)).toEqual(["booking.logistics", "booking.preparation"]);
    await cancelBooking(db, staff, { leadId: lead.id, bookingId: wednesday, now: new Date(NOW.getTime() + 2000) }, settings());
    expect((await pending(tuesday)).map(([kind]) => kind)).toEqual(["booking.follow-up", "booking.logistics", "booking.preparation"]);
  });
});
