import type { BookingStatus } from "../generated/prisma/client";
import type { Transaction } from "../database/transaction";
import { ExpectedError } from "../errors/expected-error";
import { isUuid } from "../validation/is-uuid";

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
  if (!isUuid(bookingId) || !isUuid(leadId)) throw new ExpectedError("booking-not-found");
  const [booking] = await tx.$queryRaw<LockedBooking[]>`
    SELECT "id", "inquiryId", "roomId", "status", "startsAt", "endsAt", "holdExpiresAt", "confirmedAt", "sequence", "updatedAt"
    FROM "Booking" WHERE "id" = ${bookingId}::uuid AND "inquiryId" = ${leadId}::uuid FOR UPDATE`;
  if (!booking) throw new ExpectedError("booking-not-found");
  return booking;
}
