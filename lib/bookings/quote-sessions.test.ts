import { describe, expect, it } from "vitest";
import type { LeadSession } from "./load-lead-sessions";
import { quoteSessions } from "./quote-sessions";
import { quoteText } from "./quote-text";

const room = { id: "r", name: "Live Room", hourlyRateCents: 4_000, dayRateCents: 30_000 };
const person = (name: string, hourlyRateCents: number | null, dayRateCents: number | null) => ({ id: name, name, email: `${name}@studio.test`, hourlyRateCents, dayRateCents });

function session(overrides: Partial<LeadSession>): LeadSession {
  return {
    id: crypto.randomUUID(),
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
