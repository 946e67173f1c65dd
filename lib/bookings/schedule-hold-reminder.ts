// The artist's reminder, a day before, that a hold is about to lapse: a scheduled email that the
// changes to the hold keep true, each in its own transaction. Creating or moving a hold
// (re)schedules it; confirming, cancelling or expiring the hold withdraws it.
import { artistPortalUrl, portalSigningKey } from "../artist-portal/artist-portal-url";
import type { Transaction } from "../database/transaction";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { lockLeadUnlessErased } from "../leads/lock-lead";
import { queueEmail, withdrawScheduledEmail } from "../outbox/queue-email";
import { formatStudioDate, formatStudioDateTime, formatStudioRange } from "../time/format-studio-time";

const REMIND_BEFORE_MS = 24 * 3_600_000;
/** A reminder due sooner than this after the hold was made would only repeat what was just agreed. */
const NOT_SOONER_THAN_MS = 3_600_000;

/** The schedule key of a hold's reminder; expire-holds.ts builds the same key in SQL. */
export const HOLD_REMINDER_KEY = { prefix: "booking:", suffix: ":hold-ending" } as const;
const keyOf = (bookingId: string) => `${HOLD_REMINDER_KEY.prefix}${bookingId}${HOLD_REMINDER_KEY.suffix}`;

/** The session a schedule key names, when it is a hold's reminder. */
export function holdReminderBookingId(scheduleKey: string): string | null {
  const { prefix, suffix } = HOLD_REMINDER_KEY;
  return scheduleKey.startsWith(prefix) && scheduleKey.endsWith(suffix) ? scheduleKey.slice(prefix.length, -suffix.length) : null;
}

/**
 * Schedules the reminder for a hold as it is now, replacing one scheduled before (a moved hold's
 * reminder names its new time). Call after the hold was written. Answers the message's id, or
 * null when there is nothing to remind of (not a hold, too short, or an erased lead).
 */
export async function scheduleHoldReminder(tx: Transaction, { bookingId, now }: { bookingId: string; now: Date }, settings: EmailSettings): Promise<string | null> {
  const booking = await tx.booking.findUnique({
    where: { id: bookingId },
    select: { id: true, inquiryId: true, status: true, holdExpiresAt: true, startsAt: true, endsAt: true, room: { select: { name: true } } },
  });
  const sendAt = booking?.holdExpiresAt ? new Date(booking.holdExpiresAt.getTime() - REMIND_BEFORE_MS) : null;
  if (!booking || booking.status !== "HOLD" || !sendAt || sendAt.getTime() < now.getTime() + NOT_SOONER_THAN_MS) {
    await withdrawHoldReminder(tx, bookingId, now);
    return null;
  }
  if (!(await lockLeadUnlessErased(tx, booking.inquiryId, "share"))) return null;
  const [inquiry, { timeZone }] = await Promise.all([
    tx.inquiry.findUniqueOrThrow({ where: { id: booking.inquiryId }, select: { name: true, email: true, reference: true } }),
    tx.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } }),
  ]);
  return queueEmail(
    tx,
    "booking.hold-ending",
    {
      to: inquiry.email,
      replyTo: settings.studio.email,
      subject: `Your hold on ${formatStudioDate(booking.startsAt, timeZone)} ends soon (${inquiry.reference})`,
      inquiryId: booking.inquiryId,
      data: {
        firstName: inquiry.name.split(" ")[0] || inquiry.name,
        reference: inquiry.reference,
        when: formatStudioRange(booking.startsAt, booking.endsAt, timeZone),
        room: booking.room.name,
        endsAt: formatStudioDateTime(booking.holdExpiresAt!, timeZone),
        portalUrl: await artistPortalUrl(tx, { inquiryId: booking.inquiryId, appUrl: settings.appUrl, now, ...portalSigningKey(settings) }),
      },
    },
    { appUrl: settings.appUrl, now, sendAt, scheduleKey: keyOf(booking.id) },
  );
}

/** Takes the hold's reminder back (it was confirmed or cancelled), in the same transaction. */
export async function withdrawHoldReminder(tx: Transaction, bookingId: string, now: Date): Promise<number> {
  return withdrawScheduledEmail(tx, keyOf(bookingId), now);
}
