// The artist moves their own session to a free time, at once, where the studio's settings allow
// it (lib/artist-portal/ask-about-session.ts decides that). The move is the studio's own
// (applySessionMove): reminders follow, the invitation is updated, and the studio hears of it.
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { applySessionMove } from "../bookings/apply-session-move";
import { exclusionViolation } from "../bookings/exclusion-violation";
import { lockBooking } from "../bookings/lock-booking";
import { runBookingTransaction } from "../bookings/run-booking-transaction";
import { lockLead } from "../leads/lock-lead";
import { isLiveSession } from "./is-live-session";
import type { MoveOption } from "./list-move-options";
import { queueArtistRequestEmail, type RequestedSession } from "./queue-artist-request-email";

export const TAKEN_MEANWHILE = "That time was taken a moment ago. Pick another from the list, or tell us what would suit you.";

export async function moveOwnSession(
  db: Database,
  { inquiryId, bookingId, to, message, timeZone, now }: { inquiryId: string; bookingId: string; to: MoveOption; message: string; timeZone: string; now: Date },
  emailSettings: EmailSettings,
): Promise<void> {
  try {
    await runBookingTransaction(db, async (tx) => {
      const lead = await lockLead(tx, inquiryId, "update");
      const booking = await lockBooking(tx, inquiryId, bookingId);
      if (!isLiveSession(booking, now)) throw new ExpectedError("session-not-askable", "This session can no longer be moved.");
      const was = await tx.booking.findUniqueOrThrow({
        where: { id: bookingId },
        select: { room: { select: { name: true } }, people: { orderBy: { role: "asc" }, select: { role: true, user: { select: { name: true } } } } },
      });
      await applySessionMove(tx, booking, { roomId: booking.roomId, startsAt: to.start, endsAt: to.end, pricing: booking.pricing, outsideHours: false, actorId: null, event: "ARTIST_MOVED_SESSION", now }, emailSettings);
      const details = await tx.inquiry.findUniqueOrThrow({ where: { id: inquiryId }, select: { name: true, artistName: true } });
      const session: RequestedSession = {
        id: booking.id,
        status: booking.status as RequestedSession["status"],
        startsAt: booking.startsAt,
        endsAt: booking.endsAt,
        roomName: was.room.name,
        people: was.people.map((person) => ({ role: person.role, name: person.user.name })),
      };
      await queueArtistRequestEmail(
        tx,
        { lead: { id: inquiryId, reference: lead.reference, email: lead.email, ...details }, sessions: [session], kind: "MOVE", message, timeZone, now, proposed: to, movedAtOnce: true },
        emailSettings,
      );
    });
  } catch (error) {
    if (!exclusionViolation(error)) throw error;
    throw new ExpectedError("artist-request-invalid", { fieldErrors: { moveTo: [TAKEN_MEANWHILE] } });
  }
}
