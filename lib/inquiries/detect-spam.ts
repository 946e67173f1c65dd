import { readFormToken } from "../security/form-token";

/** People take a few seconds to fill in the form; bots post at once. */
export const MIN_FILL_MS = 3_000;

export type FormSignals = { honeypot: unknown; formToken: unknown; idempotencyKey: unknown };

/**
 * Why a form submission looks automated, or null when it looks human. The JSON API has no form
 * signals and is judged by its rate limits alone.
 */
export function detectSpam(signals: FormSignals | null, secret: string, now: Date): string | null {
  if (!signals) return null;
  if (typeof signals.honeypot === "string" && signals.honeypot.trim() !== "") return "hidden field was filled in";
  const shownAt = readFormToken(secret, signals.formToken, signals.idempotencyKey, now);
  if (!shownAt) return "form token missing, forged, expired or for another form";
  const elapsed = now.getTime() - shownAt.getTime();
  if (elapsed < MIN_FILL_MS) return `submitted ${Math.max(0, elapsed)} ms after the form was shown`;
  return null;
}
