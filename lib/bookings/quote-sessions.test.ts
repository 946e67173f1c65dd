import { describe, expect, it } from "vitest";
import type { LeadSession } from "./load-lead-sessions";
import { quoteSessions } from "./quote-sessions";
import { quoteText } from "./quote-text";
import { defaultRoomOffers } from "../rate-card/default-room-offers";

const room = { id: "r", name: "Live Room", hourlyRateCents: 4_000, dayRateCents: 30_000 };
const person = (name: string, hourlyRateCents: number | null, dayRateCents: number | null) => ({ id: name, name, email: `${name}@studio.test`, hourlyRateCents, dayRateCents });

function session(overrides: Partial<LeadSession>): LeadSession {
  return {
    id: crypto.randomUUID(),
    groupId: "g",
    status: "HOLD",
    pricing: "HOURLY",
    startsAt: new Date("2026-12-01T10:00:00Z"),
    endsAt: new Date("2026-12-01T13:30:00Z"),
    holdExpiresAt: null,
    outsideHours: false,
    updatedAt: new Date(),
    room,
    people: [],
    openRequests: [],
    ...overrides,
  };
}

describe("quoteSessions", () => {
  it("charges rooms and people by the minute, or at day rates for whole days, and skips dead sessions", () => {
    const quote = quoteSessions([
      session({ people: [{ role: "ENGINEER", user: person("Jo", 2_500, 18_000) }] }),
      session({ pricing: "DAY", status: "CONFIRMED", people: [{ role: "PRODUCER", user: person("Max", 5_000, 40_000) }] }),
      session({ status: "CANCELLED" }),
      session({ status: "EXPIRED" }),
    ]);
    // 3.5 h × £40 + 3.5 h × £25; then £300 + £400.
    expect(quote.lines.map((line) => line.amountCents)).toEqual([14_000 + 8_750, 70_000]);
    expect(quote.totalCents).toBe(92_750);
    expect(quote.missingRates).toEqual([]);
  });

  it("names the people whose rate is missing instead of counting them as free", () => {
    const quote = quoteSessions([session({ pricing: "DAY", people: [{ role: "ENGINEER", user: person("Jo", 2_500, null) }] })]);
    expect(quote.totalCents).toBe(30_000);
    expect(quote.missingRates).toEqual(["Engineer: Jo"]);
  });

  it("reads as plain text in the studio's zone and currency", () => {
    const text = quoteText(quoteSessions([session({})]), "GBP", "Europe/London");
    expect(text).toContain("- Tue, 1 Dec 2026, 10:00 GMT – 13:30 GMT: £140.00");
    expect(text).toContain("Total: £140.00");
  });
});

describe("quoteSessions with the rate card", () => {
  const offers = defaultRoomOffers(room).map((offer) => ({ ...offer, id: offer.kind, active: true }));
  const rateCard = { timeZone: "Europe/London", openingHours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opensAt: 600, closesAt: 1320 })), offersByRoom: new Map([["r", offers]]) };
  const block = (date: string, from: string, to: string, pricing: "HOURLY" | "DAY" = "DAY") => session({ pricing, startsAt: new Date(`${date}T${from}:00Z`), endsAt: new Date(`${date}T${to}:00Z`) });

  it("prices the room as the offer a session is: a half day, a lockout run of full days, whole hours; the rest by its rates", () => {
    const quote = quoteSessions(
      [
        block("2026-12-01", "16:00", "22:00"), // a half day
        block("2026-12-02", "10:00", "22:00"), block("2026-12-03", "10:00", "22:00"), block("2026-12-04", "10:00", "22:00"), // three full days: a lockout
        block("2026-12-08", "10:00", "13:00", "HOURLY"), // three whole hours
        block("2026-12-09", "10:00", "11:30", "HOURLY"), // part hours: no offer, by the minute
      ],
      rateCard,
    );
    expect(quote.lines.map((line) => line.parts[0])).toEqual([
      { label: "Live Room, Half day (6 hours)", amountCents: 18_000 },
      { label: "Live Room, Lockout (3 days or more)", amountCents: 27_000 },
      { label: "Live Room, Lockout (3 days or more)", amountCents: 27_000 },
      { label: "Live Room, Lockout (3 days or more)", amountCents: 27_000 },
      { label: "Live Room, By the hour (2 hours or more): 3 hours", amountCents: 12_000 },
      { label: "Live Room", amountCents: 6_000 },
    ]);
    expect(quote.totalCents).toBe(18_000 + 3 * 27_000 + 12_000 + 6_000);
  });
});
