import { formatMoney } from "../money/format-money";
import { formatStudioRange } from "../time/format-studio-time";
import type { Quote } from "./quote-sessions";

/** The quote as plain text for the reply to the artist: one line per session and the total. */
export function quoteText(quote: Quote, currency: string, timeZone: string): string {
  const lines = quote.lines.map((line) => `- ${formatStudioRange(line.startsAt, line.endsAt, timeZone)}${line.pricing === "DAY" ? " (day rate)" : ""}: ${formatMoney(line.amountCents, currency)}`);
  return ["Estimate for your sessions:", ...lines, `Total: ${formatMoney(quote.totalCents, currency)}`, "This is an estimate; the final invoice follows the time actually booked."].join("\n");
}
