// The artist's reminders around a confirmed session, scheduled emails kept true by the changes
// that affect them, each in the same transaction: confirming a session (or booking it confirmed)
// schedules them, moving it schedules them again for the new time (replacing the old ones by
// their schedule keys), cancelling it withdraws them. Holds get none: the hold-ending reminder
// is theirs.
//   preparation  N days before (Settings; 3 by default): what to bring and send
//   logistics    the day before: time, address, arrival and parking, and who will be there
//   follow-up    the day after: thanks, and what happens next
// Each is sent at 10:00 on the studio's clock, so a session on the day after the clocks change
// still hears at 10:00, and one whose time has already passed is not scheduled at all. Days of
// one booking that follow each other are one stretch at the studio: the artist is readied before
// its first day and thanked after its last, not around every day of it.
import { artistPortalUrl, portalSigningKey } from "../artist-portal/artist-portal-url";
import type { Transaction } from "../database/transaction";
import type { RoleNeeded } from "../generated/prisma/client";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { lockLeadUnlessErased } from "../leads/lock-lead";
import { queueEmail, withdrawScheduledEmail } from "../outbox/queue-email";
import { formatStudioDate, formatStudioRange } from "../time/format-studio-time";
import { addDays, instantToWallClock, wallClockToInstant } from "../time/zoned-time";

const SEND_AT_MINUTES = 10 * 60;
const REMINDERS = ["preparation", "logistics", "follow-up"] as const;
type Reminder = (typeof REMINDERS)[number];
const KIND = { preparation: "booking.preparation", logistics: "booking.logistics", "follow-up": "booking.follow-up" } as const;
const keyOf = (bookingId: string, reminder: Reminder) => `booking:${bookingId}:${reminder}`;

/** What to bring, by what the artist said they need: the engineer captures, the producer shapes. */
const FOR_ENGINEER = [
  "Parts rehearsed until they are second nature: the session is for capturing them, not learning them",
  "Your instruments, set up and in good order, with fresh strings or heads and spares",
  "A reference track or two that sound the way you want the record to sound",
];
const FOR_PRODUCER = [
  "Your demos, however rough: phone recordings are fine",
  "Lyrics, printed or on your phone, with the latest changes",
  "Voice memos of ideas, melodies and parts you have not finished yet",
];
export const CHECKLIST: Record<RoleNeeded, string[]> = {
  ENGINEER: FOR_ENGINEER,
  PRODUCER: FOR_PRODUCER,
  BOTH: [...FOR_PRODUCER, ...FOR_ENGINEER],
  UNSURE: [...FOR_PRODUCER, ...FOR_ENGINEER],
};

/** (Re)schedules a confirmed session's reminders as it is now; withdraws them when it is not confirmed. */
export async function scheduleSessionReminders(tx: Transaction, { bookingId, now }: { bookingId: string; now: Date }, settings: EmailSettings): Promise<number> {
  const booking = await tx.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true, inquiryId: true, groupId: true, status: true, startsAt: true, endsAt: true,
      room: { select: { name: true } },
      people: { select: { role: true, user: { select: { name: true } } }, orderBy: { role: "asc" } },
    },
  });
  await withdrawSessionReminders(tx, bookingId, now);
  if (!booking || booking.status !== "CONFIRMED") return 0;
  if (!(await lockLeadUnlessErased(tx, booking.inquiryId, "share"))) return 0;
  const [inquiry, studio] = await Promise.all([
    tx.inquiry.findUniqueOrThrow({ where: { id: booking.inquiryId }, select: { name: true, email: true, reference: true, roleNeeded: true } }),
    tx.studioSettings.findUniqueOrThrow({ where: { id: 1 } }),
  ]);
  const { timeZone } = studio;
  const dateOf = (instant: Date) => instantToWallClock(instant, timeZone).date;
  const siblingDates = new Set(
    (await tx.booking.findMany({ where: { groupId: booking.groupId, status: "CONFIRMED", id: { not: booking.id } }, select: { startsAt: true } })).map((sibling) => dateOf(sibling.startsAt)),
  );
  const firstOfRun = !siblingDates.has(addDays(dateOf(booking.startsAt), -1));
  const lastOfRun = !siblingDates.has(addDays(dateOf(booking.startsAt), 1));
  const at10 = (instant: Date, days: number) => wallClockToInstant(addDays(instantToWallClock(instant, timeZone).date, days), SEND_AT_MINUTES, timeZone);
  const plan: { reminder: Reminder; on: boolean; sendAt: Date; note: string }[] = [
    { reminder: "preparation", on: studio.prepReminderOn && firstOfRun, sendAt: at10(booking.startsAt, -studio.prepReminderDays), note: studio.prepReminderNote },
    { reminder: "logistics", on: studio.logisticsReminderOn && firstOfRun, sendAt: at10(booking.startsAt, -1), note: studio.logisticsNote },
    { reminder: "follow-up", on: studio.followUpReminderOn && lastOfRun, sendAt: at10(booking.endsAt, 1), note: studio.followUpNote },
  ];
  const due = plan.filter(({ on, sendAt }) => on && sendAt.getTime() > now.getTime());
  if (due.length === 0) return 0;

  const common = {
    firstName: inquiry.name.split(" ")[0] || inquiry.name,
    reference: inquiry.reference,
    when: formatStudioRange(booking.startsAt, booking.endsAt, timeZone),
    room: booking.room.name,
    address: settings.studio.address ?? "",
    // By name only: a staff member's address is not the artist's to have.
    people: booking.people.flatMap(({ role, user }) => (user.name ? [`${role === "ENGINEER" ? "Engineer" : "Producer"}: ${user.name}`] : [])),
    portalUrl: await artistPortalUrl(tx, { inquiryId: booking.inquiryId, appUrl: settings.appUrl, now, ...portalSigningKey(settings) }),
  };
  const day = formatStudioDate(booking.startsAt, timeZone);
  const subjects: Record<Reminder, string> = {
    preparation: `Getting ready for your session on ${day} (${inquiry.reference})`,
    logistics: `Tomorrow at the studio: ${day} (${inquiry.reference})`,
    "follow-up": `Thank you for your session (${inquiry.reference})`,
  };
  for (const { reminder, sendAt, note } of due) {
    await queueEmail(
      tx,
      KIND[reminder],
      {
        to: inquiry.email,
        replyTo: settings.studio.email,
        subject: subjects[reminder],
        inquiryId: booking.inquiryId,
        data: { ...common, moment: reminder, note, checklist: reminder === "preparation" ? CHECKLIST[inquiry.roleNeeded] : [] },
      },
      { appUrl: settings.appUrl, now, sendAt, scheduleKey: keyOf(booking.id, reminder) },
    );
  }
  return due.length;
}

/**
 * (Re)schedules the reminders of every day of a booking: a change to one day can make its
 * neighbour the first or last of a stretch. Call after the change, in its transaction.
 */
export async function scheduleBookingReminders(tx: Transaction, { groupId, now }: { groupId: string; now: Date }, settings: EmailSettings): Promise<void> {
  const days = await tx.booking.findMany({ where: { groupId }, orderBy: { startsAt: "asc" }, select: { id: true } });
  for (const day of days) await scheduleSessionReminders(tx, { bookingId: day.id, now }, settings);
}

/** Takes a session's reminders back (it was cancelled, or is no longer confirmed), in the same transaction. */
export async function withdrawSessionReminders(tx: Transaction, bookingId: string, now: Date): Promise<number> {
  let withdrawn = 0;
  for (const reminder of REMINDERS) withdrawn += await withdrawScheduledEmail(tx, keyOf(bookingId, reminder), now);
  return withdrawn;
}
