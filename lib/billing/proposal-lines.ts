import type { Quote } from "../bookings/quote-sessions";
import { formatStudioRange } from "../time/format-studio-time";
import type { MoneyLine } from "./invoice-totals";

/**
 * A quote as the lines of a proposal (and so of its final invoice): one line for each priced part
 * of each session, named by its time in the studio's zone, e.g. "Tue, 1 Dec 2026, 10:00 – 14:00
 * GMT · Studio A, Half day".
 */
export function proposalLines(quote: Quote, timeZone: string): MoneyLine[] {
  return quote.lines.flatMap((line) => {
    const when = formatStudioRange(line.startsAt, line.endsAt, timeZone);
    return line.parts.map((part) => ({ description: `${when} · ${part.label}`, amountMinor: part.amountCents }));
  });
}
