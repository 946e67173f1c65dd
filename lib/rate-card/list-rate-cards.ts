import type { Transaction } from "../database/transaction";
import type { Database } from "../database/create-prisma-client";
import type { Offer } from "./offer-blocks";

/** Every room's offers, sold or not, by room id, in the order rate cards list them. */
export async function listRateCards(db: Database | Transaction): Promise<Map<string, Offer[]>> {
  const offers = await db.roomOffer.findMany({
    select: { id: true, roomId: true, kind: true, label: true, priceMinor: true, minHours: true, blockMinutes: true, startTimes: true, minDays: true, active: true },
    orderBy: { kind: "asc" },
  });
  const cards = new Map<string, Offer[]>();
  for (const { roomId, ...offer } of offers) cards.set(roomId, [...(cards.get(roomId) ?? []), offer]);
  return cards;
}
