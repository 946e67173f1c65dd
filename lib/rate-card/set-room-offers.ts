import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { requireOwner } from "../studio/require-owner";
import { isUuid } from "../validation/is-uuid";
import { parseRateCard, type RateCardInput } from "./rate-card-schema";

/**
 * Replaces a room's rate card (owners only): each kind sold or not, with its price and terms.
 * Sessions already held or booked keep their times; the new card applies to what is offered
 * and accepted from now on.
 */
export async function setRoomOffers(db: Database, actor: StaffMember, roomId: string, input: RateCardInput): Promise<void> {
  requireOwner(actor);
  if (!isUuid(roomId)) throw new ExpectedError("room-not-found");
  const parsed = parseRateCard(input);
  if ("fieldErrors" in parsed) throw new ExpectedError("studio-setup-invalid", { fieldErrors: parsed.fieldErrors });
  await db.$transaction(async (tx) => {
    const room = await tx.room.findUnique({ where: { id: roomId }, select: { id: true } });
    if (!room) throw new ExpectedError("room-not-found");
    for (const { kind, ...offer } of parsed.offers) {
      await tx.roomOffer.upsert({ where: { roomId_kind: { roomId, kind } }, create: { roomId, kind, ...offer }, update: offer });
    }
  });
}
