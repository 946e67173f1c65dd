import type { Quote } from "@/lib/bookings/quote-sessions";
import { formatMoney } from "@/lib/money/format-money";
import { formatStudioRange } from "@/lib/time/format-studio-time";

/** The estimate for the lead's live sessions, from the rooms' and people's rates. */
export function LeadQuote({ quote, currency, timeZone }: { quote: Quote; currency: string; timeZone: string }) {
  if (quote.lines.length === 0) return <p>Book a session to see an estimate.</p>;
  return (
    <div className="space-y-2">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Estimate by session</caption>
        <thead>
          <tr>
            <th scope="col" className="py-1 pr-2">Session</th>
            <th scope="col" className="py-1 text-right">Amount</th>
          </tr>
        </thead>
        <tbody>
          {quote.lines.map((line) => (
            <tr key={line.bookingId} className="border-t border-stone-200 align-top dark:border-stone-800">
              <td className="py-1 pr-2">
                {formatStudioRange(line.startsAt, line.endsAt, timeZone)}
                {line.pricing === "DAY" ? " (day rate)" : ""}
                <ul className="text-stone-700 dark:text-stone-300">
                  {line.parts.map((part) => (
                    <li key={part.label}>{part.label}: {formatMoney(part.amountCents, currency)}</li>
                  ))}
                </ul>
              </td>
              <td className="py-1 text-right">{formatMoney(line.amountCents, currency)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-stone-400 font-semibold">
            <th scope="row" className="py-1 pr-2">Total</th>
            <td className="py-1 text-right">{formatMoney(quote.totalCents, currency)}</td>
          </tr>
        </tfoot>
      </table>
      {quote.missingRates.length > 0 ? (
        <p className="text-sm">Not included, no rate set: {quote.missingRates.join("; ")}. Set rates in Settings.</p>
      ) : null}
    </div>
  );
}
