import ICAL from "ical.js";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { loadCalendarFeed } from "@/lib/calendar/load-calendar-feed";
import type { BookingStatus } from "@/lib/generated/prisma/client";
import { eraseLead } from "@/lib/leads/erase-lead";
import { queueLeadReply } from "@/lib/leads/queue-lead-reply";
import { createRoom, insertSession } from "@/test/support/booking-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { outboxDelivery, withRenderedBodies } from "@/test/support/outbox-delivery";
import { SmtpTestServer } from "@/test/support/smtp-test-server";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { queueBookingEmail, type BookingEmailChange } from "./queue-booking-email";

const NOW = new Date("2026-11-20T09:00:00Z");
// 10:00 to 14:00 in London (GMT in November).
const START = new Date("2026-11-24T10:00:00Z");
const END = new Date("2026-11-24T14:00:00Z");

describeEachDatabase("queueBookingEmail", { poolSize: 4 }, ({ db }) => {
  let smtp: SmtpTestServer;
  let deliver: () => Promise<unknown>;
  let owner: StaffMember;
  const settings = () => inquiryContext(db).emailSettings;
  beforeAll(async () => {
    smtp = await new SmtpTestServer().start();
    deliver = outboxDelivery(db, smtp);
    owner = await createStaff(db, "OWNER");
  });
  afterAll(async () => {
    await smtp.stop();
  });

  /** A confirmed session with an engineer and a producer (new ones: people cannot be in two sessions at once), in a room whose name needs escaping. */
  async function confirmedSession(start = START, end = END) {
    const engineer = await createStaff(db, "STAFF", { name: "Sam Okafor" });
    const producer = await createStaff(db, "STAFF", { name: "Ines <b>Moreau</b>" });
    const lead = await createLead(db, { name: "Zoë Adeyemi" });
    const room = await createRoom(db, { name: `Live Room & Booth <${lead.reference}>` });
    const booking = await insertSession(db, {
        inquiryId: lead.id,
        roomId: room.id,
        startsAt: start,
        endsAt: end,
        status: "CONFIRMED",
        confirmedAt: NOW,
        people: { create: [{ role: "PRODUCER", userId: producer.id }, { role: "ENGINEER", userId: engineer.id }] },
      });
    return { lead, room, booking, engineer };
  }
  const queue = (bookingId: string, change: BookingEmailChange, now = NOW) =>
    db.$transaction((tx) => queueBookingEmail(tx, { bookingIds: [bookingId], change, now }, settings()));
  const update = (id: string, data: { startsAt?: Date; endsAt?: Date; status?: BookingStatus; sequence: number }) => db.booking.update({ where: { id }, data });
  // With the bodies the sender renders from what was stored.
  const rowOf = async (id: string | null) => withRenderedBodies(db, await db.outboxMessage.findUniqueOrThrow({ where: { id: id! } }));
  const acknowledgementOf = (leadId: string) => db.outboxMessage.findFirstOrThrow({ where: { inquiryId: leadId, kind: "inquiry.acknowledgement" } });
  const parse = (ics: string | null) => {
    const calendar = new ICAL.Component(ICAL.parse(ics!));
    const vevent = calendar.getFirstSubcomponent("vevent")!;
    return { method: calendar.getFirstPropertyValue("method"), vevent, event: new ICAL.Event(vevent) };
  };

  it("confirms, moves and cancels one session as the same calendar event, in the acknowledgement's thread", async () => {
    const { lead, room, booking } = await confirmedSession();
    const ack = await acknowledgementOf(lead.id);

    const confirmed = await rowOf(await queue(booking.id, "confirmed"));
    expect(confirmed).toMatchObject({
      kind: "booking.confirmed",
      toAddress: lead.input.email,
      replyTo: "hello@studio.test",
      subject: `Session confirmed: Tue, 24 Nov 2026 (${lead.reference})`,
      inReplyTo: ack.messageId,
      references: ack.messageId,
      calendarMethod: "REQUEST",
      status: "PENDING",
      nextAttemptAt: NOW,
    });
    expect(confirmed.messageId).toBe(`<${confirmed.id}@studio.test>`);
    const first = parse(confirmed.calendarContent);
    expect(first.method).toBe("REQUEST");
    expect(first.event.uid).toBe(`${booking.id}@studio.test`);
    expect(first.event.sequence).toBe(0);
    expect(first.event.startDate.toJSDate()).toEqual(START);
    expect(first.event.endDate.toJSDate()).toEqual(END);
    expect(first.event.location).toBe(`Studio Desk, ${room.name}`);
    expect(first.vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(first.vevent.getFirstPropertyValue("organizer")).toBe("mailto:hello@studio.test");
    const attendee = first.vevent.getFirstProperty("attendee")!;
    expect(attendee.getFirstValue()).toBe(`mailto:${lead.input.email}`);
    expect(attendee.getParameter("cn")).toBe("Zoë Adeyemi");
    expect(first.event.description).toBe(`Engineer: Sam Okafor\nProducer: Ines <b>Moreau</b>\nYour reference: ${lead.reference}`);
    // The body: the session in the studio's zone, room, people, the artist's own link; escaped.
    expect(confirmed.textBody).toContain("Hi Zoë,");
    expect(confirmed.textBody).toContain("When: Tue, 24 Nov 2026, 10:00 GMT – 14:00 GMT");
    expect(confirmed.textBody).toContain(`Where: ${room.name}, Studio Desk`);
    expect(confirmed.textBody).toContain("Engineer: Sam Okafor");
    expect(confirmed.textBody).toContain("Producer: Ines <b>Moreau</b>");
    expect(confirmed.textBody).toMatch(/https:\/\/studio\.test\/your-inquiry\/\S+/);
    expect(confirmed.htmlBody).toContain(`Live Room &amp; Booth &lt;${lead.reference}&gt;`);
    expect(confirmed.htmlBody).toContain("Ines &lt;b&gt;Moreau&lt;/b&gt;");
    expect(confirmed.htmlBody).toMatch(/href="https:\/\/studio\.test\/your-inquiry\/[^"]+"/);

    // Moved a day later (and the caller bumped the SEQUENCE): same UID, the new times, and the old ones in the text.
    await update(booking.id, { startsAt: new Date("2026-11-25T15:00:00Z"), endsAt: new Date("2026-11-25T18:00:00Z"), sequence: 1 });
    const moved = await rowOf(await queue(booking.id, "moved", new Date(NOW.getTime() + 60_000)));
    expect(moved).toMatchObject({ kind: "booking.changed", subject: `Session moved: now Wed, 25 Nov 2026 (${lead.reference})`, calendarMethod: "REQUEST", inReplyTo: ack.messageId });
    const second = parse(moved.calendarContent);
    expect([second.method, second.event.uid, second.event.sequence]).toEqual(["REQUEST", `${booking.id}@studio.test`, 1]);
    expect(second.event.startDate.toJSDate()).toEqual(new Date("2026-11-25T15:00:00Z"));
    expect(moved.textBody).toMatch(/your session has moved/i);
    expect(moved.textBody).toContain("When: Wed, 25 Nov 2026, 15:00 GMT – 18:00 GMT");
    expect(moved.textBody).toContain("It was: Tue, 24 Nov 2026, 10:00 GMT – 14:00 GMT.");

    await update(booking.id, { status: "CANCELLED", sequence: 2 });
    const cancelled = await rowOf(await queue(booking.id, "cancelled"));
    expect(cancelled).toMatchObject({ kind: "booking.cancelled", subject: `Session cancelled: Wed, 25 Nov 2026 (${lead.reference})`, calendarMethod: "CANCEL" });
    const third = parse(cancelled.calendarContent);
    expect([third.method, third.event.uid, third.event.sequence]).toEqual(["CANCEL", `${booking.id}@studio.test`, 2]);
    expect(third.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled.textBody).toMatch(/your session is cancelled/i);
    expect(cancelled.textBody).not.toContain("It was:");

    // The sender sends each with its invitation (side by side, so in any order: the SEQUENCE
    // tells the artist's calendar which is the latest).
    await deliver();
    const methodSent = (row: { messageId: string }) => {
      const [mail] = smtp.received.filter((received) => received.parsed.messageId === row.messageId);
      return [mail.parsed.inReplyTo, mail.parsed.attachments.find((part) => part.mimeType === "text/calendar")?.method];
    };
    expect([confirmed, moved, cancelled].map(methodSent)).toEqual([
      [ack.messageId, "REQUEST"],
      [ack.messageId, "REQUEST"],
      [ack.messageId, "CANCEL"],
    ]);
  });

  it("says where the session was when a move changed its room, and nothing when the move changed neither", async () => {
    const { booking, room } = await confirmedSession();
    await queue(booking.id, "confirmed");
    const other = await createRoom(db, { name: "Mix Suite" });
    await db.booking.update({ where: { id: booking.id }, data: { roomId: other.id, sequence: 1 } });
    const moved = await rowOf(await queue(booking.id, "moved"));
    expect(moved.textBody).toContain(`It was: Tue, 24 Nov 2026, 10:00 GMT – 14:00 GMT, Studio Desk, ${room.name}.`);
    expect(parse(moved.calendarContent).event.location).toBe("Studio Desk, Mix Suite");
    await db.booking.update({ where: { id: booking.id }, data: { sequence: 2 } });
    expect((await rowOf(await queue(booking.id, "moved"))).textBody).not.toContain("It was:");
  });

  it("threads after the latest staff reply", async () => {
    const { lead, booking, engineer } = await confirmedSession();
    const replyId = await queueLeadReply(db, engineer, { leadId: lead.id, body: "See you on Tuesday." }, settings());
    const [ack, reply] = await Promise.all([acknowledgementOf(lead.id), rowOf(replyId)]);
    const row = await rowOf(await queue(booking.id, "confirmed"));
    expect(row.inReplyTo).toBe(reply.messageId);
    expect(row.references).toBe(`${ack.messageId} ${reply.messageId}`);
  });

  it("shows the times in the studio's own zone, on the day New York's clocks go back", async () => {
    await db.studioSettings.update({ where: { id: 1 }, data: { timeZone: "America/New_York" } });
    try {
      // 1 Nov 2026, 10:00 to 14:00 EST (UTC-5 from 02:00 that morning).
      const { booking } = await confirmedSession(new Date("2026-11-01T15:00:00Z"), new Date("2026-11-01T19:00:00Z"));
      const row = await rowOf(await queue(booking.id, "confirmed"));
      expect(row.subject).toMatch(/^Session confirmed: Sun, 1 Nov 2026 /);
      expect(row.textBody).toContain("When: Sun, 1 Nov 2026, 10:00 EST – 14:00 EST");
      expect(parse(row.calendarContent).event.startDate.toJSDate()).toEqual(new Date("2026-11-01T15:00:00Z"));
    } finally {
      await db.studioSettings.update({ where: { id: 1 }, data: { timeZone: "Europe/London" } });
    }
  });

  it("queues nothing for an erased lead, and erasure takes the invitation already queued", async () => {
    const { lead, booking } = await confirmedSession();
    const queued = await queue(booking.id, "confirmed");
    await eraseLead(db, owner, { leadId: lead.id });
    expect(await rowOf(queued)).toMatchObject({ status: "DEAD", calendarContent: null, textBody: null, toAddress: "" });
    await update(booking.id, { status: "CANCELLED", sequence: 1 });
    expect(await queue(booking.id, "cancelled")).toBeNull();
    expect(await db.outboxMessage.count({ where: { inquiryId: lead.id, kind: { startsWith: "booking." } } })).toBe(1);
  });

  it("gives the invitation the UID the room's feed publishes, even when the site's URL has a port", async () => {
    const { room, booking } = await confirmedSession(new Date("2026-11-26T10:00:00Z"), new Date("2026-11-26T12:00:00Z"));
    const appUrl = "http://127.0.0.1:3401";
    const invitation = await rowOf(await db.$transaction((tx) => queueBookingEmail(tx, { bookingIds: [booking.id], change: "confirmed", now: NOW }, { ...settings(), appUrl })));
    const { calendarFeedToken } = await db.room.findUniqueOrThrow({ where: { id: room.id } });
    const feed = new ICAL.Component(ICAL.parse((await loadCalendarFeed(db, calendarFeedToken, { appUrl, studioName: "Studio Desk", now: NOW }))!));
    const feedUids = feed.getAllSubcomponents("vevent").map((vevent) => vevent.getFirstPropertyValue("uid"));
    expect(feedUids).toEqual([`${booking.id}@127.0.0.1`]);
    expect(parse(invitation.calendarContent).event.uid).toBe(feedUids[0]);
  });

  it("refuses an unknown session, and a change the session is not in", async () => {
    await expect(queue("not-a-uuid", "confirmed")).rejects.toMatchObject({ code: "booking-not-found" });
    await expect(queue("0d7c3f1e-0000-4000-8000-000000000001", "confirmed")).rejects.toMatchObject({ code: "booking-not-found" });
    const { lead, booking } = await confirmedSession();
    await expect(queue(booking.id, "cancelled")).rejects.toThrow(/needs CANCELLED sessions/);
    await update(booking.id, { status: "CANCELLED", sequence: 1 });
    await expect(queue(booking.id, "moved")).rejects.toThrow(/needs CONFIRMED sessions/);
    expect(await db.outboxMessage.count({ where: { inquiryId: lead.id, kind: { startsWith: "booking." } } })).toBe(0);
  });
});
