import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import type { BookingStatus } from "@/lib/generated/prisma/client";
import { eraseLead } from "@/lib/leads/erase-lead";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { artistStatusLabel } from "./artist-labels";
import { loadArtistInquiry } from "./load-artist-inquiry";
import { insertSession } from "@/test/support/booking-fixtures";

const HOUR = 3_600_000;

describeEachDatabase("loadArtistInquiry", { poolSize: 4 }, ({ db }) => {
  const now = new Date("2026-12-01T12:00:00Z");

  it("shows the artist's sessions (not lapsed holds) with room and people, and nothing private", async () => {
    const lead = await createLead(db, { roleNeeded: "PRODUCER", projectType: "ALBUM" });
    const producer = await createStaff(db, "STAFF", { name: "Priya Nair" });
    const room = await db.room.create({ data: { name: `Room ${randomUUID().slice(0, 8)}`, hourlyRateCents: 1, dayRateCents: 1 } });
    const add = async (day: number, status: BookingStatus, holdExpiresAt: Date | null = null) => {
      const startsAt = new Date(Date.UTC(2027, 0, day, 10));
      const endsAt = new Date(startsAt.getTime() + 2 * HOUR);
      const booking = await insertSession(db, { inquiryId: lead.id, roomId: room.id, startsAt, endsAt, status, holdExpiresAt });
      await db.bookingPerson.create({ data: { bookingId: booking.id, startsAt, endsAt, status, role: "PRODUCER", userId: producer.id } });
      return booking;
    };
    const confirmed = await add(12, "CONFIRMED");
    const hold = await add(11, "HOLD", new Date(now.getTime() + HOUR));
    await add(13, "HOLD", new Date(now.getTime() - HOUR)); // lapsed, not swept yet
    await add(14, "EXPIRED", new Date(now.getTime() - 2 * HOUR));
    const cancelled = await add(15, "CANCELLED");
    await db.artistRequest.create({ data: { inquiryId: lead.id, groupId: confirmed.groupId, bookingId: confirmed.id, kind: "MOVE", message: "later?" } });
    await db.inquiry.update({ where: { id: lead.id }, data: { status: "SPAM" } });

    const view = await loadArtistInquiry(db, lead.id, now);
    expect(view).toMatchObject({ id: lead.id, reference: lead.reference, status: "SPAM", roleNeeded: "PRODUCER", projectType: "ALBUM", timeZone: "Europe/London" });
    expect(artistStatusLabel[view!.status]).toBe("Received");
    expect(view!.sessions.map((session) => [session.id, session.status])).toEqual([
      [hold.id, "HOLD"],
      [confirmed.id, "CONFIRMED"],
      [cancelled.id, "CANCELLED"],
    ]);
    expect(view!.sessions[1]).toMatchObject({ roomName: room.name, producer: "Priya Nair", engineer: null, holdExpiresAt: null, openRequests: [{ kind: "MOVE", createdAt: expect.any(Date) }] });
    // A hold says until when it is held.
    expect(view!.sessions[0].holdExpiresAt).toEqual(new Date(now.getTime() + HOUR));
    expect(JSON.stringify(view)).not.toMatch(/@|later\?|Rate/);
  });

  it("has nothing for an unknown or erased inquiry", async () => {
    expect(await loadArtistInquiry(db, randomUUID(), now)).toBeNull();
    const lead = await createLead(db);
    await eraseLead(db, await createStaff(db, "OWNER"), { leadId: lead.id, now });
    expect(await loadArtistInquiry(db, lead.id, now)).toBeNull();
  });
});
