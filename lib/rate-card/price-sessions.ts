// What the rate card charges for a lead's sessions, for the quote: each session that is one of
// its room's offers (a half day, a full day, whole hours) is priced as that offer, full days in a
// long enough run as a lockout, exactly as the estimate an artist sees. A session that is no
// offer (part hours, or booked outside opening hours) is left to the room's own rates.
import type { OpeningHoursRow } from "../studio/load-studio-settings";
import { instantToWallClock } from "../time/zoned-time";
import { estimateBlocks, type EstimateLine } from "./estimate-blocks";
import { matchOffer, planDay, type Offer } from "./offer-blocks";

export type RateCardContext = { timeZone: string; openingHours: OpeningHoursRow[]; offersByRoom: Map<string, Offer[]> };
type PricedSession = { id: string; startsAt: Date; endsAt: Date; room: { id: string } };

/** The rate card's line for each session it prices, by session id. */
export function priceSessions(sessions: PricedSession[], { timeZone, openingHours, offersByRoom }: RateCardContext): Map<string, EstimateLine> {
  const prices = new Map<string, EstimateLine>();
  const byRoom = new Map<string, PricedSession[]>();
  for (const session of sessions) byRoom.set(session.room.id, [...(byRoom.get(session.room.id) ?? []), session]);
  for (const [roomId, roomSessions] of byRoom) {
    const offers = offersByRoom.get(roomId) ?? [];
    const matched = roomSessions.flatMap((session) => {
      const { date, weekday } = instantToWallClock(session.startsAt, timeZone);
      const hours = openingHours.find((row) => row.weekday === weekday);
      const offer = hours ? matchOffer({ start: session.startsAt, end: session.endsAt }, planDay(date, hours, timeZone), offers, timeZone) : null;
      return offer ? [{ id: session.id, start: session.startsAt, end: session.endsAt, date, offer }] : [];
    });
    const { lines } = estimateBlocks(matched, offers);
    matched.forEach((session, index) => prices.set(session.id, lines[index]!));
  }
  return prices;
}
