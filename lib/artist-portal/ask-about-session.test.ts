import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import type { BookingStatus } from "@/lib/generated/prisma/client";
import { eraseLead } from "@/lib/leads/erase-lead";
import { formatStudioDate } from "@/lib/time/format-studio-time";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { artistPortalUrl } from "./artist-portal-url";
import { askAboutSession, type AskAboutSessionInput } from "./ask-about-session";
import { ARTIST_REQUEST_EMAIL_KIND } from "./queue-artist-request-email";
import { signArtistToken } from "./sign-artist-token";
import { withRenderedBodies } from "@/test/support/outbox-delivery";
import { insertSession } from "@/test/support/booking-fixtures";

const AUTH_SECRET = "artist-portal-test-secret-0123456789abcdef";
const HOUR = 3_600_000;

describeEachDatabase("askAboutSession", { poolSize: 8 }, ({ db }) => {
  let owner: StaffMember;
  let engineer: StaffMember;
  let roomId: string;
  let slot = 0;
  const now = new Date("2026-12-01T12:00:00Z");

  beforeAll(async () => {
    owner = await createStaff(db, "OWNER");
    engineer = await createStaff(db, "STAFF", { name: "Sam Okafor" });
    roomId = (await db.room.create({ data: { name: `Live Room ${randomUUID().slice(0, 8)}`, hourlyRateCents: 5_000, dayRateCents: 40_000 } })).id;
  });

  const context = (ratePerHour = 0) => ({ db, authSecret: AUTH_SECRET, emailSettings: inquiryContext(db).emailSettings, ratePerHour });
  const tokenFor = async (inquiryId: string) =>
    (await artistPortalUrl(db, { inquiryId, appUrl: "https://studio.test", now, authSecret: AUTH_SECRET })).split("/").at(-1)!;

  /** A session of the lead's on a day of its own, so sessions never clash. */
  async function session(inquiryId: string, status: BookingStatus = "CONFIRMED", holdExpiresAt: Date | null = null) {
    const startsAt = new Date(Date.UTC(2027, 0, 4 + slot++, 10));
    const endsAt = new Date(startsAt.getTime() + 4 * HOUR);
    const booking = await insertSession(db, { inquiryId, roomId, startsAt, endsAt, status, holdExpiresAt: status === "HOLD" ? (holdExpiresAt ?? new Date(now.getTime() + 72 * HOUR)) : null });
    if (status === "CONFIRMED" || status === "HOLD") {
      await db.bookingPerson.create({ data: { bookingId: booking.id, startsAt, endsAt, status, role: "ENGINEER", userId: engineer.id } });
    }
    return booking;
  }

  async function leadWithSession(status: BookingStatus = "CONFIRMED") {
    const lead = await createLead(db, { artistName: "Salt & Glass" });
    const booking = await session(lead.id, status);
    return { lead, booking, token: await tokenFor(lead.id) };
  }

  const ask = (input: AskAboutSessionInput, ratePerHour = 0) => askAboutSession(context(ratePerHour), { now, ...input });
  const rowsFor = async (inquiryId: string) => ({
    requests: await db.artistRequest.findMany({ where: { inquiryId } }),
    events: await db.leadEvent.findMany({ where: { inquiryId, type: { in: ["ARTIST_ASKED_TO_MOVE", "ARTIST_ASKED_TO_CANCEL"] } } }),
    emails: await db.outboxMessage.findMany({ where: { inquiryId, kind: ARTIST_REQUEST_EMAIL_KIND } }),
  });

  it("writes the request, a timeline event and the studio's email together", async () => {
    const { lead, booking, token } = await leadWithSession();
    const message = "Could we do the week after?\n<script>alert(1)</script> Any weekday works.";
    const result = await ask({ token, bookingId: booking.id, kind: "MOVE", message: `  ${message}  ` });
    expect(result).toMatchObject({ outcome: "asked", kind: "MOVE" });

    const { requests, events, emails } = await rowsFor(lead.id);
    expect(requests).toEqual([expect.objectContaining({ id: (result as { requestId: string }).requestId, bookingId: booking.id, kind: "MOVE", message, handledAt: null, createdAt: now })]);
    expect(events).toEqual([expect.objectContaining({ type: "ARTIST_ASKED_TO_MOVE", bookingId: booking.id, actorId: null, createdAt: now })]);
    expect(emails).toHaveLength(1);
    const email = await withRenderedBodies(db, emails[0]); // rendered by the sender, from what was stored
    const notification = await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: lead.id, kind: "inquiry.studio-notification" } });
    expect(email).toMatchObject({ toAddress: "bookings@studio.test", replyTo: lead.input.email.toLowerCase(), status: "PENDING", inReplyTo: notification.messageId });
    expect(email.subject).toBe(`Artist asks to move the session on ${formatStudioDate(booking.startsAt, "Europe/London")} [${lead.reference}]`);
    expect(email.textBody).toContain(`https://studio.test/admin/leads/${lead.id}`);
    expect(email.textBody).toContain("Could we do the week after?");
    expect(email.htmlBody).toContain("Salt &amp; Glass");
    expect(email.textBody).toContain("Sam Okafor");
    expect(email.textBody).toContain("10:00 GMT – 14:00 GMT");
    expect(email.htmlBody).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(email.htmlBody).not.toContain("<script>");
  });

  it("takes a cancellation without a message, but not a move", async () => {
    const { lead, booking, token } = await leadWithSession("HOLD");
    const refused = await ask({ token, bookingId: booking.id, kind: "MOVE", message: "   " }).catch((error) => error);
    expect(refused).toMatchObject({ code: "artist-request-invalid" });
    expect(refused.fieldErrors).toEqual({ message: ["Pick a free time from the list, or tell us which days or times would suit you better."] });
    await expect(ask({ token, bookingId: booking.id, kind: "MOVE", message: "x".repeat(2_001) })).rejects.toMatchObject({
      fieldErrors: { message: [expect.stringMatching(/under 2,000 characters/)] },
    });
    await expect(ask({ token, bookingId: booking.id, kind: "POSTPONE", message: "" })).rejects.toMatchObject({ fieldErrors: { kind: [expect.any(String)] } });
    expect((await rowsFor(lead.id)).requests).toHaveLength(0);

    expect(await ask({ token, bookingId: booking.id, kind: "CANCEL", message: undefined })).toMatchObject({ outcome: "asked", kind: "CANCEL" });
    const { requests, events } = await rowsFor(lead.id);
    expect(requests).toEqual([expect.objectContaining({ kind: "CANCEL", message: "" })]);
    expect(events.map((event) => event.type)).toEqual(["ARTIST_ASKED_TO_CANCEL"]);
  });

  it("refuses another inquiry's session and writes nothing", async () => {
    const mine = await leadWithSession();
    const theirs = await leadWithSession();
    await expect(ask({ token: mine.token, bookingId: theirs.booking.id, kind: "CANCEL", message: "" })).rejects.toMatchObject({ code: "session-not-askable" });
    await expect(ask({ token: mine.token, bookingId: randomUUID(), kind: "CANCEL", message: "" })).rejects.toMatchObject({ code: "session-not-askable" });
    await expect(ask({ token: mine.token, bookingId: "1; DROP TABLE x", kind: "CANCEL", message: "" })).rejects.toMatchObject({ code: "artist-request-invalid" });
    for (const lead of [mine.lead, theirs.lead]) expect(await rowsFor(lead.id)).toEqual({ requests: [], events: [], emails: [] });
  });

  it("refuses a forged, expired or malformed link", async () => {
    const { lead, booking } = await leadWithSession();
    const expires = new Date(now.getTime() + HOUR);
    for (const token of [
      signArtistToken("another-secret-that-is-long-enough-000000", lead.id, expires),
      signArtistToken(AUTH_SECRET, lead.id, new Date(now.getTime() - 1_000)),
      "not-a-token",
      undefined,
    ]) {
      await expect(ask({ token, bookingId: booking.id, kind: "CANCEL", message: "" })).rejects.toMatchObject({ code: "artist-link-invalid" });
    }
    expect(await rowsFor(lead.id)).toEqual({ requests: [], events: [], emails: [] });
  });

  it.each([
    ["cancelled", "CANCELLED" as const, null],
    ["expired", "EXPIRED" as const, null],
    ["a hold that has run out", "HOLD" as const, new Date(now.getTime() - 1_000)],
  ])("refuses a session that is %s", async (_, status, holdExpiresAt) => {
    const lead = await createLead(db);
    const booking = await session(lead.id, status, holdExpiresAt);
    await expect(ask({ token: await tokenFor(lead.id), bookingId: booking.id, kind: "MOVE", message: "Later, please." })).rejects.toMatchObject({ code: "session-not-askable" });
    expect(await rowsFor(lead.id)).toEqual({ requests: [], events: [], emails: [] });
  });

  it("answers a repeated ask with the first while the studio has not dealt with it, even when they race", async () => {
    const { lead, booking, token } = await leadWithSession();
    const results = await Promise.all(Array.from({ length: 6 }, () => ask({ token, bookingId: booking.id, kind: "MOVE", message: "Next month?" })));
    expect(results.filter((result) => result.outcome === "asked")).toHaveLength(1);
    expect(new Set(results.map((result) => (result as { requestId: string }).requestId)).size).toBe(1);
    let rows = await rowsFor(lead.id);
    expect([rows.requests.length, rows.events.length, rows.emails.length]).toEqual([1, 1, 1]);

    // Another kind of ask is a new request; once the studio has dealt with one, asking again is too.
    expect((await ask({ token, bookingId: booking.id, kind: "CANCEL", message: "" })).outcome).toBe("asked");
    await db.artistRequest.updateMany({ where: { inquiryId: lead.id, kind: "MOVE" }, data: { handledAt: now, handledById: owner.id } });
    expect((await ask({ token, bookingId: booking.id, kind: "MOVE", message: "Still next month?" })).outcome).toBe("asked");
    rows = await rowsFor(lead.id);
    expect([rows.requests.length, rows.events.length, rows.emails.length]).toEqual([3, 3, 3]);
  });

  it("limits how often one inquiry can ask", async () => {
    const lead = await createLead(db);
    const token = await tokenFor(lead.id);
    const bookings = [await session(lead.id), await session(lead.id), await session(lead.id)];
    for (const booking of bookings.slice(0, 2)) await ask({ token, bookingId: booking.id, kind: "CANCEL", message: "" }, 2);
    const refused = await ask({ token, bookingId: bookings[2].id, kind: "CANCEL", message: "" }, 2).catch((error) => error);
    expect(refused).toMatchObject({ code: "artist-rate-limited" });
    expect(refused.message).toMatch(/try again in about \d+ minutes?/);
    expect((await rowsFor(lead.id)).requests).toHaveLength(2);
    // The next hour starts afresh.
    const nextHour = new Date(now.getTime() + HOUR);
    expect((await askAboutSession(context(2), { token, bookingId: bookings[2].id, kind: "CANCEL", message: "", now: nextHour })).outcome).toBe("asked");
  });

  it("treats an erased lead's link as invalid, and erasure removes what the artist wrote", async () => {
    const { lead, booking, token } = await leadWithSession();
    await ask({ token, bookingId: booking.id, kind: "MOVE", message: "Call me on 07700 900123" });
    await eraseLead(db, owner, { leadId: lead.id, now });
    const { requests, events } = await rowsFor(lead.id);
    expect(requests).toEqual([expect.objectContaining({ kind: "MOVE", message: "" })]);
    expect(events).toHaveLength(1);
    await expect(ask({ token, bookingId: booking.id, kind: "CANCEL", message: "" })).rejects.toMatchObject({ code: "artist-link-invalid" });
  });
});
