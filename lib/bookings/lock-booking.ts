import type { BookingStatus } from "../generated/prisma/client";
import type { Transaction } from "../leads/lock-lead";
import { isUuid } from "../leads/is-uuid";
import { BookingNotFoundError } from "./errors";

export type LockedBooking = {
  id: string;
  inquiryId: string;
  roomId: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  holdExpiresAt: Date | null;
  confirmedAt: Date | null;
  sequence: number;
  updatedAt: Date;
};

/** Reads a lead's session and locks it until the transaction ends. */
export async function lockBooking(tx: Transaction, leadId: string, bookingId: string): Promise<LockedBooking> {
  if (!isUuid(bookingId) || !isUuid(leadId)) throw new BookingNotFoundError();
  const [booking] = await tx.$queryRaw<LockedBooking[]>`
    SELECT "id", "inquiryId", "roomId", "status", "startsAt", "endsAt", "holdExpiresAt", "confirmedAt", "sequence", "updatedAt"
    FROM "Booking" WHERE "id" = ${bookingId}::uuid AND "inquiryId" = ${leadId}::uuid FOR UPDATE`;
  if (!booking) throw new BookingNotFoundError();
  return booking;
}
