import { Prisma, type BookingPricing, type BookingStatus } from "../generated/prisma/client";
import type { Transaction } from "../database/transaction";
import { ExpectedError } from "../errors/expected-error";
import { isUuid } from "../validation/is-uuid";

export type LockedBooking = {
  id: string;
  inquiryId: string;
  groupId: string;
  roomId: string;
  status: BookingStatus;
  pricing: BookingPricing;
  startsAt: Date;
  endsAt: Date;
  holdExpiresAt: Date | null;
  confirmedAt: Date | null;
  sequence: number;
  updatedAt: Date;
};

/** What a staff action is about: one day (session) of a booking, or every day of it. */
export type SessionTarget = { leadId: string; bookingId: string } | { leadId: string; groupId: string };

/** Reads a lead's session and locks it until the transaction ends. */
export async function lockBooking(tx: Transaction, leadId: string, bookingId: string): Promise<LockedBooking> {
  const [booking] = await lockSessions(tx, { leadId, bookingId });
  return booking!;
}

/** Reads and locks the sessions a target names, earliest first; never empty. */
export async function lockSessions(tx: Transaction, target: SessionTarget): Promise<LockedBooking[]> {
  const id = "bookingId" in target ? target.bookingId : target.groupId;
  if (!isUuid(id) || !isUuid(target.leadId)) throw new ExpectedError("booking-not-found");
  const which = "bookingId" in target ? Prisma.sql`"id" = ${id}::uuid` : Prisma.sql`"groupId" = ${id}::uuid`;
  // The booking first: actions on different days of it take turns, since each keeps the
  // booking's one hold reminder true (schedule-hold-reminder.ts).
  await tx.$queryRaw`
    SELECT g."id" FROM "BookingGroup" g
    WHERE g."id" = (SELECT "groupId" FROM "Booking" WHERE ${which} AND "inquiryId" = ${target.leadId}::uuid LIMIT 1)
    FOR UPDATE OF g`;
  // Then its sessions, in a fixed order (by id), so two actions on overlapping days cannot deadlock.
  const rows = await tx.$queryRaw<LockedBooking[]>`
    SELECT "id", "inquiryId", "groupId", "roomId", "status", "pricing", "startsAt", "endsAt", "holdExpiresAt", "confirmedAt", "sequence", "updatedAt"
    FROM "Booking" WHERE ${which} AND "inquiryId" = ${target.leadId}::uuid ORDER BY "id" FOR UPDATE`;
  if (rows.length === 0) throw new ExpectedError("booking-not-found");
  return rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
}
