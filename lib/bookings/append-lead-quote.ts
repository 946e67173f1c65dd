import type { Database } from "../database/create-prisma-client";
import { listRateCards } from "../rate-card/list-rate-cards";
import { loadStudioSettings } from "../studio/load-studio-settings";
import { loadLeadSessions } from "./load-lead-sessions";
import { quoteSessions } from "./quote-sessions";
import { quoteText } from "./quote-text";

/**
 * A reply's text with the lead's current estimate below it. An empty reply stays empty (so it is
 * still refused as empty), and so does a lead without live sessions: there is nothing to quote.
 */
export async function appendLeadQuote(db: Database, leadId: string, body: unknown): Promise<unknown> {
  if (typeof body !== "string" || body.trim() === "") return body;
  const [sessions, settings, offersByRoom] = await Promise.all([loadLeadSessions(db, leadId), loadStudioSettings(db), listRateCards(db)]);
  const quote = quoteSessions(sessions, { ...settings, offersByRoom });
  if (quote.lines.length === 0) return body;
  return `${body.trimEnd()}\n\n${quoteText(quote, settings.currency, settings.timeZone)}`;
}
