import type { LeadSession } from "./load-lead-sessions";
import { skillLabel } from "../calendar/session-people";
import { priceSessions, type RateCardContext } from "../rate-card/price-sessions";

export type QuoteLine = { bookingId: string; startsAt: Date; endsAt: Date; pricing: "HOURLY" | "DAY"; parts: { label: string; amountCents: number }[]; amountCents: number };

export type Quote = {
  lines: QuoteLine[];
  totalCents: number;
  /** People on a session without a rate for its pricing: their time is not in the total. */
  missingRates: string[];
};


/**
 * The estimate for a lead's live sessions: per session the room and each person. The room is
 * priced by its rate card when the session is one of its offers (`rateCard`: the same rules as the
 * artist's estimate), otherwise, like the people, by the hour (pro rata to the minute) or at the
 * day rate for whole days. Cancelled and expired sessions cost nothing. Amounts are whole minor
 * units, rounded per part so the lines add up to the total.
 */
export function quoteSessions(sessions: LeadSession[], rateCard?: RateCardContext): Quote {
  const missing = new Set<string>();
  const live = sessions.filter((session) => session.status === "HOLD" || session.status === "CONFIRMED");
  const carded = rateCard ? priceSessions(live, rateCard) : new Map();
  const lines = live
    .map((session): QuoteLine => {
      const minutes = (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000;
      const charge = (hourly: number, day: number) => (session.pricing === "DAY" ? day : Math.round((hourly * minutes) / 60));
      const card = carded.get(session.id);
      const parts = [
        card
          ? { label: `${session.room.name}, ${card.label}`, amountCents: card.amountMinor }
          : { label: session.room.name, amountCents: charge(session.room.hourlyRateCents, session.room.dayRateCents) },
      ];
      for (const { role, user } of session.people) {
        const rate = session.pricing === "DAY" ? user.dayRateCents : user.hourlyRateCents;
        const who = `${skillLabel[role]}: ${user.name || user.email}`;
        if (rate === null) missing.add(who);
        else parts.push({ label: who, amountCents: charge(rate, rate) });
      }
      const amountCents = parts.reduce((sum, part) => sum + part.amountCents, 0);
      return { bookingId: session.id, startsAt: session.startsAt, endsAt: session.endsAt, pricing: session.pricing, parts, amountCents };
    });
  return { lines, totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0), missingRates: [...missing] };
}
