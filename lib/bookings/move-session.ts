import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { runBookingTransaction } from "./run-booking-transaction";
import { applySessionMove } from "./apply-session-move";
import { lockLead } from "../leads/lock-lead";
import { loadStudioSettings } from "../studio/load-studio-settings";
import { bookingFieldErrorsOf } from "./booking-field-errors";
import { checkSessionHours } from "./check-session-hours";
import { describeClash } from "./describe-clash";
import { exclusionViolation } from "./exclusion-violation";
import { lockBooking } from "./lock-booking";
import { resolveSessionTimes } from "./resolve-session-times";
import { moveSessionSchema } from "./session-input-schema";

/**
 * A staff member moves a live session to another time (and room), checked against opening hours
 * and the version they saw; applySessionMove does the move and all that follows from it.
 */
export async function moveSession(db: Database, actor: StaffMember, leadId: string, input: unknown, { now = new Date(), emailSettings }: { now?: Date; emailSettings: EmailSettings }): Promise<void> {
  const parsed = moveSessionSchema.safeParse(input);
  if (!parsed.success) throw new ExpectedError("booking-invalid", { fieldErrors: bookingFieldErrorsOf(parsed.error) });
  if (parsed.data.dates.length !== 1) throw new ExpectedError("booking-invalid", { fieldErrors: { dates: ["A session moves to one date."] } });
  const { bookingId, version, roomId, overrideHours } = parsed.data;
  const settings = await loadStudioSettings(db);
  const [session] = resolveSessionTimes(settings, parsed.data);
  const outsideHours = await checkSessionHours(db, actor, settings, [session!], overrideHours);
  let userIds: string[] = [];

  try {
    await runBookingTransaction(db, async (tx) => {
      await lockLead(tx, leadId, "share");
      const booking = await lockBooking(tx, leadId, bookingId);
      if (booking.status !== "HOLD" && booking.status !== "CONFIRMED") throw new ExpectedError("booking-state-conflict", "Only a live session can be moved.");
      // An overdue hold is as good as gone (it no longer blocks anyone): book it again instead.
      if (booking.status === "HOLD" && booking.holdExpiresAt && booking.holdExpiresAt <= now) throw new ExpectedError("booking-state-conflict", "This hold has expired, so its time may be taken. Book it again instead.");
      if (booking.updatedAt.getTime() !== new Date(version).getTime()) {
        throw new ExpectedError("booking-state-conflict", "Someone changed this session while you were looking at it. Reload the page to see it as it is now.");
      }
      if (roomId !== booking.roomId) {
        const room = await tx.room.findUnique({ where: { id: roomId }, select: { active: true } });
        if (!room?.active) throw new ExpectedError("booking-invalid", { fieldErrors: { roomId: ["This room is not available for booking."] } });
      }
      userIds = (await tx.bookingPerson.findMany({ where: { bookingId }, select: { userId: true } })).map((person) => person.userId);
      await applySessionMove(tx, booking, { roomId, ...session!, outsideHours, actorId: actor.id, event: "SESSION_MOVED", now }, emailSettings);
    });
  } catch (error) {
    const kind = exclusionViolation(error);
    if (!kind) throw error;
    throw new ExpectedError("booking-conflict", await describeClash(db, kind, [{ roomId, userIds, ...session! }], settings.timeZone, bookingId));
  }
}
