import type { Transaction } from "../database/transaction";
import type { LeadEventType } from "../generated/prisma/client";

type SessionEvent = {
  type: Extract<LeadEventType, `SESSION_${string}` | `ARTIST_${string}`>;
  leadId: string;
  bookingId: string;
  actorId: string | null;
  now: Date;
  /** For a move: the session as it was before (its room by id; the name is recorded). */
  movedFrom?: { startsAt: Date; endsAt: Date; roomId: string };
};

/**
 * Writes a session's event on its lead's timeline with the session as it is at this moment (call
 * it after the change), so the trail says what happened then, not what the session is today.
 * One statement, in the caller's transaction.
 */
export async function recordSessionEvent(tx: Transaction, { type, leadId, bookingId, actorId, now, movedFrom }: SessionEvent): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "LeadEvent" ("id", "inquiryId", "actorId", "type", "bookingId", "createdAt",
      "sessionStartsAt", "sessionEndsAt", "sessionRoom", "movedFromStartsAt", "movedFromEndsAt", "movedFromRoom")
    SELECT gen_random_uuid(), ${leadId}::uuid, ${actorId}::uuid, ${type}::"LeadEventType", b."id", ${now},
      b."startsAt", b."endsAt", r."name", ${movedFrom?.startsAt ?? null}::timestamptz, ${movedFrom?.endsAt ?? null}::timestamptz,
      (SELECT "name" FROM "Room" WHERE "id" = ${movedFrom?.roomId ?? null}::uuid)
    FROM "Booking" b JOIN "Room" r ON r."id" = b."roomId"
    WHERE b."id" = ${bookingId}::uuid`;
}
