// Sessions from a lead: one per date, all or none. The database's exclusion constraints are the
// guarantee against double booking; this code only turns their refusal into a message that
// names the clashing session.
import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { runBookingTransaction } from "./run-booking-transaction";
import { lockLead } from "../leads/lock-lead";
import { loadStudioSettings } from "../studio/load-studio-settings";
import { checkSessionHours } from "./check-session-hours";
import { describeClash } from "./describe-clash";
import { exclusionViolation } from "./exclusion-violation";
import { expireHolds } from "./expire-holds";
import { loadBookingPeople } from "./load-booking-people";
import { lockBookingResources } from "./lock-booking-resources";
import { markLeadBooked } from "./mark-lead-booked";
import { queueBookingEmail } from "./queue-booking-email";
import { resolveSessionTimes } from "./resolve-session-times";
import { newSessionsSchema } from "./session-input-schema";
import { bookingFieldErrorsOf } from "./booking-field-errors";
import { recordSessionEvent } from "./record-session-event";
import { scheduleHoldReminder } from "./schedule-hold-reminder";
import { scheduleBookingReminders } from "./schedule-session-reminders";

const DAY_MS = 86_400_000;

export type CreateSessionsOptions = { now?: Date; emailSettings: EmailSettings };

/** Creates the sessions described by `input` for a lead; resolves with their ids, earliest first. */
export async function createSessions(db: Database, actor: StaffMember, leadId: string, input: unknown, { now = new Date(), emailSettings }: CreateSessionsOptions): Promise<string[]> {
  const parsed = newSessionsSchema.safeParse(input);
  if (!parsed.success) throw new ExpectedError("booking-invalid", { fieldErrors: bookingFieldErrorsOf(parsed.error) });
  const { roomId, engineerId, producerId, status, overrideHours } = parsed.data;
  const settings = await loadStudioSettings(db);
  const sessions = resolveSessionTimes(settings, parsed.data);
  const outsideHours = await checkSessionHours(db, actor, settings, sessions, overrideHours);
  const holdExpiresAt = status === "HOLD" ? new Date(now.getTime() + settings.holdDays * DAY_MS) : null;
  let userIds: string[] = [];

  try {
    return await runBookingTransaction(db, async (tx) => {
      // Holds for one lead may be booked side by side (an erasure waits for them). Confirming
      // moves the lead on, so it takes the exclusive lock up front: upgrading a shared lock that
      // other bookings of the lead also hold would deadlock.
      const lead = await lockLead(tx, leadId, status === "CONFIRMED" ? "update" : "share");
      const room = await tx.room.findUnique({ where: { id: roomId }, select: { active: true } });
      if (!room?.active) throw new ExpectedError("booking-invalid", { fieldErrors: { roomId: ["This room is not available for booking."] } });
      const people = await loadBookingPeople(tx, { engineerId, producerId });
      userIds = people.map((person) => person.userId);
      await lockBookingResources(tx, { roomIds: [roomId], userIds });
      await expireHolds(tx, { now, scope: { roomIds: [roomId], userIds, startsAt: sessions[0]!.startsAt, endsAt: sessions.at(-1)!.endsAt } });

      // One booking for every date: the artist hears of it in one email, staff act on it as one.
      const group = await tx.bookingGroup.create({ data: { inquiryId: lead.id, createdAt: now }, select: { id: true } });
      const ids: string[] = [];
      for (const session of sessions) {
        const booking = await tx.booking.create({
          data: {
            inquiryId: lead.id,
            groupId: group.id,
            roomId,
            startsAt: session.startsAt,
            endsAt: session.endsAt,
            pricing: session.pricing,
            status,
            holdExpiresAt,
            confirmedAt: status === "CONFIRMED" ? now : null,
            outsideHours,
            createdById: actor.id,
            createdAt: now,
            updatedAt: now,
            people: { create: people.map(({ role, userId }) => ({ role, userId })) },
          },
          select: { id: true },
        });
        ids.push(booking.id);
        await recordSessionEvent(tx, { type: status === "HOLD" ? "SESSION_HELD" : "SESSION_CONFIRMED", leadId: lead.id, bookingId: booking.id, actorId: actor.id, now });
      }
      if (status === "CONFIRMED") {
        await scheduleBookingReminders(tx, { groupId: group.id, now }, emailSettings);
        await queueBookingEmail(tx, { bookingIds: ids, change: "confirmed", now }, emailSettings);
        await markLeadBooked(tx, actor.id, lead, now);
      } else await scheduleHoldReminder(tx, { groupId: group.id, now }, emailSettings);
      return ids;
    });
  } catch (error) {
    const kind = exclusionViolation(error);
    if (!kind) throw error;
    const attempts = sessions.map(({ startsAt, endsAt }) => ({ roomId, userIds, startsAt, endsAt }));
    throw new ExpectedError("booking-conflict", await describeClash(db, kind, attempts, settings.timeZone));
  }
}
