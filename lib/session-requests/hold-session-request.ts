// Holding the time an artist asked for, in the transaction that stores their inquiry. The
// blocks are held together or not at all: if any of them was taken in the same instant, the
// holds are rolled back to a savepoint and the inquiry is stored all the same, marked
// UNAVAILABLE, so the studio proposes another time. The exclusion constraint is what decides.
import type { Transaction } from "../database/transaction";
import { exclusionViolation } from "../bookings/exclusion-violation";
import { expireHolds } from "../bookings/expire-holds";
import { lockBookingResources } from "../bookings/lock-booking-resources";
import { recordSessionEvent } from "../bookings/record-session-event";
import { scheduleHoldReminder } from "../bookings/schedule-hold-reminder";
import type { SessionRequestStatus } from "../generated/prisma/client";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import type { CheckedSessionRequest } from "./check-session-request";

export type SessionRequestOutcome = { status: SessionRequestStatus; holdExpiresAt?: Date; bookingIds?: string[] };

const HOUR_MS = 3_600_000;

/** Holds `request` for inquiry `inquiryId` (already written in `tx`) and records the outcome on it. */
export async function holdSessionRequest(
  tx: Transaction,
  {
    inquiryId,
    request,
    holdHours,
    now,
    actorId = null,
    recordOutcome = true,
  }: {
    inquiryId: string;
    request: CheckedSessionRequest;
    holdHours: number;
    now: Date;
    /** A staff member holding it later ("Book this"); null as the inquiry arrives. */
    actorId?: string | null;
    /** Whether the inquiry records this as what became of its request: only as it arrives (a replay answers it). */
    recordOutcome?: boolean;
  },
  settings: EmailSettings,
): Promise<SessionRequestOutcome> {
  const holdExpiresAt = new Date(now.getTime() + holdHours * HOUR_MS);
  const { roomId, blocks } = request;
  await lockBookingResources(tx, { roomIds: [roomId], userIds: [] });
  await expireHolds(tx, { now, scope: { roomIds: [roomId], userIds: [], startsAt: blocks[0]!.start, endsAt: blocks.at(-1)!.end } });
  await tx.$executeRaw`SAVEPOINT session_request_hold`;
  const ids: string[] = [];
  let groupId: string;
  try {
    // The blocks are one booking: confirmed, moved and reminded of together.
    groupId = (await tx.bookingGroup.create({ data: { inquiryId, createdAt: now }, select: { id: true } })).id;
    for (const block of blocks) {
      const booking = await tx.booking.create({
        data: {
          inquiryId,
          groupId,
          roomId,
          startsAt: block.start,
          endsAt: block.end,
          pricing: block.offer.kind === "HOURLY" ? "HOURLY" : "DAY",
          status: "HOLD",
          holdExpiresAt,
          createdById: actorId,
          createdAt: now,
          updatedAt: now,
        },
        select: { id: true },
      });
      ids.push(booking.id);
    }
  } catch (error) {
    if (!exclusionViolation(error)) throw error;
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT session_request_hold`;
    if (recordOutcome) await markOutcome(tx, inquiryId, "UNAVAILABLE");
    return { status: "UNAVAILABLE" };
  }
  for (const bookingId of ids) await recordSessionEvent(tx, { type: "SESSION_HELD", leadId: inquiryId, bookingId, actorId, now });
  await scheduleHoldReminder(tx, { groupId, now }, settings);
  if (recordOutcome) await markOutcome(tx, inquiryId, "HELD", holdExpiresAt);
  return { status: "HELD", holdExpiresAt, bookingIds: ids };
}

/** Records on the inquiry what became of its requested time: what the lead page and a replay read. */
export async function markOutcome(tx: Transaction, inquiryId: string, status: SessionRequestStatus, heldUntil: Date | null = null): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Inquiry" SET "sessionRequestStatus" = ${status}::"SessionRequestStatus", "sessionRequestHeldUntil" = ${heldUntil}::timestamptz
    WHERE "id" = ${inquiryId}::uuid`;
}
