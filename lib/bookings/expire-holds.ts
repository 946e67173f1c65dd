// Holds that ran past their expiry stop blocking: the expire-holds background task (every 15 s,
// one instance at a time) and every booking attempt call this. Each hold expires exactly once, with
// one SESSION_EXPIRED event on its lead's timeline, however many instances sweep at once: the
// status guard and the row lock make a second sweeper skip (or, waiting, find nothing to do).
import { Prisma } from "../generated/prisma/client";
import type { Database } from "../database/create-prisma-client";
import type { Transaction } from "../database/transaction";
import { HOLD_REMINDER_KEY } from "./schedule-hold-reminder";

const SWEEP_BATCH = 500;

export type ExpireHoldsScope = {
  /** Only holds that would block these: same room or person, overlapping this time. */
  roomIds: string[];
  userIds: string[];
  startsAt: Date;
  endsAt: Date;
};

/** Expires overdue holds (all of them, or those in `scope`); resolves with how many. */
export async function expireHolds(db: Database | Transaction, { now, scope }: { now: Date; scope?: ExpireHoldsScope }): Promise<number> {
  // A sweep skips holds someone has locked (it will come back); a booking attempt waits for them,
  // since its insert would otherwise clash with a hold that is already overdue.
  const filter = scope
    ? Prisma.sql`AND tstzrange(b."startsAt", b."endsAt") && tstzrange(${scope.startsAt}, ${scope.endsAt})
        AND (b."roomId" = ANY(${scope.roomIds}::uuid[])
          OR EXISTS (SELECT 1 FROM "BookingPerson" p WHERE p."bookingId" = b."id" AND p."userId" = ANY(${scope.userIds}::uuid[])))
        FOR UPDATE`
    : Prisma.sql`ORDER BY b."holdExpiresAt" LIMIT ${SWEEP_BATCH} FOR UPDATE SKIP LOCKED`;
  return db.$executeRaw`
    WITH overdue AS (
      SELECT b."id" FROM "Booking" b
      WHERE b."status" = 'HOLD' AND b."holdExpiresAt" <= ${now} ${filter}
    ), expired AS (
      UPDATE "Booking" SET "status" = 'EXPIRED', "expiredAt" = ${now}, "updatedAt" = ${now}
      WHERE "id" IN (SELECT "id" FROM overdue) AND "status" = 'HOLD'
      RETURNING "id", "inquiryId", "groupId", "startsAt", "endsAt", "roomId"
    ), lapsed_groups AS (
      -- Bookings with nothing left on hold (this statement's snapshot still shows the rows it
      -- expires as holds, hence the NOT IN).
      SELECT DISTINCT e."groupId" FROM expired e
      WHERE NOT EXISTS (SELECT 1 FROM "Booking" o WHERE o."groupId" = e."groupId" AND o."status" = 'HOLD' AND o."id" NOT IN (SELECT "id" FROM expired))
    ), reminders_withdrawn AS (
      -- Their hold reminders have nothing left to remind of (schedule-hold-reminder.ts).
      UPDATE "OutboxMessage" SET "status" = 'WITHDRAWN', "updatedAt" = ${now}
      WHERE "status" = 'PENDING'
        AND "scheduleKey" IN (
          SELECT ${HOLD_REMINDER_KEY.prefix}::text || "groupId"::text || suffix
          FROM lapsed_groups CROSS JOIN unnest(ARRAY[${HOLD_REMINDER_KEY.artistSuffix}::text, ${HOLD_REMINDER_KEY.staffSuffix}::text]) AS suffix)
    )
    INSERT INTO "LeadEvent" ("id", "inquiryId", "type", "bookingId", "createdAt", "sessionStartsAt", "sessionEndsAt", "sessionRoom")
    SELECT gen_random_uuid(), e."inquiryId", 'SESSION_EXPIRED', e."id", ${now}, e."startsAt", e."endsAt", r."name"
    FROM expired e JOIN "Room" r ON r."id" = e."roomId"`;
}
