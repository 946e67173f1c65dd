// A staff member moves a whole booking: every live day shifts by the same number of days (to a
// new first date), keeping its times on the studio's clock, and optionally to another room. All
// the days or none; the artist gets one email for the days they hold invitations for.
import { z } from "zod";
import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { lockLead } from "../leads/lock-lead";
import { loadStudioSettings } from "../studio/load-studio-settings";
import { addDays, instantToWallClock, isLocalDate, wallClockToInstant } from "../time/zoned-time";
import { applySessionMove } from "./apply-session-move";
import { bookingFieldErrorsOf } from "./booking-field-errors";
import { checkSessionHours } from "./check-session-hours";
import { describeClash } from "./describe-clash";
import { exclusionViolation } from "./exclusion-violation";
import { lockSessions, type LockedBooking } from "./lock-booking";
import { queueBookingEmail } from "./queue-booking-email";
import { runBookingTransaction } from "./run-booking-transaction";

const DAY_MS = 86_400_000;

const moveBookingSchema = z.object({
  groupId: z.uuid("This booking does not exist."),
  /** The latest change of any of its days as the mover saw it: a change in between is a conflict. */
  version: z.iso.datetime({ message: "Reload the page and try again." }),
  firstDate: z.string().refine(isLocalDate, "Give the new first day as a real date (YYYY-MM-DD)."),
  roomId: z.uuid("Choose a room."),
  overrideHours: z.boolean().default(false),
});

export async function moveBooking(db: Database, actor: StaffMember, leadId: string, input: unknown, { now = new Date(), emailSettings }: { now?: Date; emailSettings: EmailSettings }): Promise<{ moved: number }> {
  const parsed = moveBookingSchema.safeParse(input);
  if (!parsed.success) throw new ExpectedError("booking-invalid", { fieldErrors: bookingFieldErrorsOf(parsed.error) });
  const { groupId, version, firstDate, roomId, overrideHours } = parsed.data;
  const settings = await loadStudioSettings(db);
  const { timeZone } = settings;
  // Opening hours are checked on the days as the mover saw them, before anything is locked; the
  // version check in the transaction makes sure those are the days it moves.
  const seen = await db.booking.findMany({ where: { groupId, inquiryId: leadId }, select: { status: true, holdExpiresAt: true, startsAt: true, endsAt: true, pricing: true } });
  const preview = planMove(seen, firstDate, timeZone, now);
  const outsideHours = preview.moves.length > 0 && (await checkSessionHours(db, actor, settings, preview.moves.map(({ session, date, startsAt, endsAt }) => ({ date, startsAt, endsAt, pricing: session.pricing })), overrideHours));
  let attempts: { roomId: string; userIds: string[]; startsAt: Date; endsAt: Date }[] = [];
  let movedIds: string[] = [];

  try {
    return await runBookingTransaction(db, async (tx) => {
      await lockLead(tx, leadId, "share");
      const sessions = await lockSessions(tx, { leadId, groupId });
      const { live, shift, moves } = planMove(sessions, firstDate, timeZone, now);
      if (live.length === 0) throw new ExpectedError("booking-state-conflict", "Nothing of this booking is live any more: book it again instead.");
      const latest = Math.max(...sessions.map((session) => session.updatedAt.getTime()));
      if (latest !== new Date(version).getTime()) throw new ExpectedError("booking-state-conflict", "Someone changed this booking while you were looking at it. Reload the page to see it as it is now.");
      if (roomId !== live[0]!.roomId) {
        const room = await tx.room.findUnique({ where: { id: roomId }, select: { active: true } });
        if (!room?.active) throw new ExpectedError("booking-invalid", { fieldErrors: { roomId: ["This room is not available for booking."] } });
      }
      const people = await tx.bookingPerson.findMany({ where: { bookingId: { in: live.map((session) => session.id) } }, select: { bookingId: true, userId: true } });
      attempts = moves.map(({ session, startsAt, endsAt }) => ({ roomId, userIds: people.filter((person) => person.bookingId === session.id).map((person) => person.userId), startsAt, endsAt }));
      movedIds = live.map((session) => session.id);
      // Later days first when moving later (earlier first when earlier), so no day lands on
      // another day of its own booking that has not moved yet.
      const ordered = shift > 0 ? [...moves].reverse() : moves;
      for (const { session, startsAt, endsAt } of ordered) {
        await applySessionMove(tx, session, { roomId, startsAt, endsAt, pricing: session.pricing, outsideHours, actorId: actor.id, event: "SESSION_MOVED", now, emailArtist: false }, emailSettings);
      }
      const invited = live.filter((session) => session.confirmedAt !== null).map((session) => session.id);
      if (invited.length > 0) await queueBookingEmail(tx, { bookingIds: invited, change: "moved", now }, emailSettings);
      return { moved: live.length };
    });
  } catch (error) {
    const kind = exclusionViolation(error);
    if (!kind) throw error;
    throw new ExpectedError("booking-conflict", await describeClash(db, kind, attempts, timeZone, movedIds));
  }
}

type DayOfBooking = Pick<LockedBooking, "status" | "holdExpiresAt" | "startsAt" | "endsAt" | "pricing">;

/** The live days and where each goes: by the days between the first live day and `firstDate`. */
function planMove<S extends DayOfBooking>(sessions: S[], firstDate: string, timeZone: string, now: Date) {
  const live = sessions
    .filter((session) => session.status === "CONFIRMED" || (session.status === "HOLD" && (!session.holdExpiresAt || session.holdExpiresAt > now)))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const shift = live.length === 0 ? 0 : Math.round((Date.parse(`${firstDate}T00:00:00Z`) - Date.parse(`${instantToWallClock(live[0]!.startsAt, timeZone).date}T00:00:00Z`)) / DAY_MS);
  return { live, shift, moves: live.map((session) => ({ session, ...shifted(session, shift, timeZone) })) };
}

/** The session `days` later on the studio's calendar, at the same wall-clock times (right across DST). */
function shifted(session: DayOfBooking, days: number, timeZone: string) {
  const start = instantToWallClock(session.startsAt, timeZone);
  const end = instantToWallClock(session.endsAt, timeZone);
  const date = addDays(start.date, days);
  return { date, startsAt: wallClockToInstant(date, start.minutes, timeZone), endsAt: wallClockToInstant(addDays(end.date, days), end.minutes, timeZone) };
}
