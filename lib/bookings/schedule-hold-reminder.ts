// A day before a booking's hold lapses, the artist is reminded, and so is the staff member the lead
// is assigned to (the studio's inbox when nobody is). Both are scheduled emails that every change
// to the booking keeps true, in the transaction of that change: holding, moving, confirming or
// cancelling one of its days reschedules them for the holds that are left, or withdraws them.
import { artistPortalUrl, portalSigningKey } from "../artist-portal/artist-portal-url";
import type { Transaction } from "../database/transaction";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { loadInvoiceBalance } from "../billing/invoice-balance";
import { lockLeadUnlessErased } from "../leads/lock-lead";
import { formatMoney } from "../money/format-money";
import { queueEmail, withdrawScheduledEmail } from "../outbox/queue-email";
import { formatStudioDate, formatStudioDateTime, formatStudioRange } from "../time/format-studio-time";

const REMIND_BEFORE_MS = 24 * 3_600_000;
/** A reminder due sooner than this after the hold was made would only repeat what was just agreed. */
const NOT_SOONER_THAN_MS = 3_600_000;

/**
 * The schedule keys of a booking's reminders, by its group id; expire-holds.ts builds the same
 * keys in SQL. (A booking made before bookings grouped their days has its session's id as its
 * group's id, so reminders scheduled then keep their keys.)
 */
export const HOLD_REMINDER_KEY = { prefix: "booking:", artistSuffix: ":hold-ending", staffSuffix: ":hold-ending:staff" } as const;
const artistKey = (groupId: string) => `${HOLD_REMINDER_KEY.prefix}${groupId}${HOLD_REMINDER_KEY.artistSuffix}`;
const staffKey = (groupId: string) => `${HOLD_REMINDER_KEY.prefix}${groupId}${HOLD_REMINDER_KEY.staffSuffix}`;

/** The booking (group) a schedule key names, when it is one of a hold's reminders. */
export function holdReminderGroupId(scheduleKey: string): string | null {
  const { prefix, artistSuffix, staffSuffix } = HOLD_REMINDER_KEY;
  if (!scheduleKey.startsWith(prefix)) return null;
  const suffix = [staffSuffix, artistSuffix].find((candidate) => scheduleKey.endsWith(candidate));
  return suffix ? scheduleKey.slice(prefix.length, -suffix.length) : null;
}

/**
 * Schedules the reminders for a booking's holds as they are now, replacing those scheduled before
 * (a moved hold's reminder names its new time). Call after the booking was written. Answers the
 * artist's message id, or null when there is nothing to remind of (no live hold, too soon, or an
 * erased lead).
 */
export async function scheduleHoldReminder(tx: Transaction, { groupId, now }: { groupId: string; now: Date }, settings: EmailSettings): Promise<string | null> {
  const holds = await tx.booking.findMany({
    where: { groupId, status: "HOLD", holdExpiresAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    select: { inquiryId: true, holdExpiresAt: true, startsAt: true, endsAt: true, room: { select: { name: true } } },
  });
  const endsAt = holds.length > 0 ? new Date(Math.min(...holds.map((hold) => hold.holdExpiresAt!.getTime()))) : null;
  const sendAt = endsAt ? new Date(endsAt.getTime() - REMIND_BEFORE_MS) : null;
  if (!sendAt || sendAt.getTime() < now.getTime() + NOT_SOONER_THAN_MS || !(await lockLeadUnlessErased(tx, holds[0]!.inquiryId, "share"))) {
    await withdrawHoldReminder(tx, groupId, now);
    return null;
  }
  const inquiryId = holds[0]!.inquiryId;
  const [inquiry, { timeZone, holdReminderOn, holdReminderNote }] = await Promise.all([
    tx.inquiry.findUniqueOrThrow({ where: { id: inquiryId }, select: { name: true, email: true, reference: true, assignee: { select: { name: true, email: true, deactivatedAt: true } } } }),
    tx.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true, holdReminderOn: true, holdReminderNote: true } }),
  ]);
  const sessions = holds.map((hold) => ({ when: formatStudioRange(hold.startsAt, hold.endsAt, timeZone), room: hold.room.name }));
  const firstDay = formatStudioDate(holds[0]!.startsAt, timeZone);
  const ending = formatStudioDateTime(endsAt!, timeZone);
  const days = holds.length === 1 ? firstDay : `${firstDay} and ${holds.length - 1} more day${holds.length === 2 ? "" : "s"}`;
  const options = { appUrl: settings.appUrl, now, sendAt };

  const assignee = inquiry.assignee && !inquiry.assignee.deactivatedAt ? inquiry.assignee : null;
  await queueEmail(
    tx,
    "booking.hold-ending-staff",
    {
      to: assignee?.email ?? settings.studioInbox,
      subject: `Hold for ${inquiry.name} ends ${ending} (${inquiry.reference})`,
      inquiryId,
      data: { staffName: assignee?.name || null, artistName: inquiry.name, reference: inquiry.reference, sessions, endsAt: ending, leadUrl: new URL(`/admin/leads/${inquiryId}`, settings.appUrl).toString() },
    },
    { ...options, scheduleKey: staffKey(groupId) },
  );
  // The artist's is the owners' to switch off (Settings → Reminders); the staff member's is not.
  if (!holdReminderOn) {
    await withdrawScheduledEmail(tx, artistKey(groupId), now);
    return null;
  }
  return queueEmail(
    tx,
    "booking.hold-ending",
    {
      to: inquiry.email,
      replyTo: settings.studio.email,
      subject: `Your hold on ${days} ends soon (${inquiry.reference})`,
      inquiryId,
      data: {
        firstName: inquiry.name.split(" ")[0] || inquiry.name,
        reference: inquiry.reference,
        sessions,
        endsAt: ending,
        note: holdReminderNote,
        portalUrl: await artistPortalUrl(tx, { inquiryId, appUrl: settings.appUrl, now, ...portalSigningKey(settings) }),
        deposit: await depositDue(tx, groupId),
      },
    },
    { ...options, scheduleKey: artistKey(groupId) },
  );
}

/** The booking's unpaid deposit, formatted, for the reminder to ask for; null when there is none. */
async function depositDue(tx: Transaction, groupId: string): Promise<string | null> {
  const deposit = await tx.invoice.findFirst({ where: { groupId, kind: "DEPOSIT" }, orderBy: { issuedAt: "desc" }, select: { id: true, currency: true } });
  if (!deposit) return null;
  const { outstandingMinor } = await loadInvoiceBalance(tx, deposit.id);
  return outstandingMinor > 0 ? formatMoney(outstandingMinor, deposit.currency) : null;
}

/** Takes a booking's hold reminders back (nothing of it is on hold any more), in the same transaction. */
async function withdrawHoldReminder(tx: Transaction, groupId: string, now: Date): Promise<number> {
  return (await withdrawScheduledEmail(tx, artistKey(groupId), now)) + (await withdrawScheduledEmail(tx, staffKey(groupId), now));
}
