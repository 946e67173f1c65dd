import type { Database } from "../database/create-prisma-client";
import { consumeRateLimit, type RateLimitVerdict } from "../rate-limit/consume-rate-limit";

const WINDOW_SECONDS = 15 * 60;
/** Attempts on one account (password tries and email links together) per window. */
export const SIGN_IN_LIMIT_PER_ACCOUNT = 10;
/** Attempts from one address per window: a shared office can still sign several people in. */
export const SIGN_IN_LIMIT_PER_IP = 30;

/**
 * Counts a sign-in attempt against the account and the address it came from, in PostgreSQL so
 * every app instance shares the budget. Unknown accounts are counted exactly like real ones, so
 * the answer never reveals whether an account exists.
 */
export async function throttleSignIn(
  db: Database,
  { email, ip, now = new Date() }: { email: string; ip: string; now?: Date },
): Promise<RateLimitVerdict> {
  const byIp = await consumeRateLimit(db, { key: `sign-in:ip:${ip}`, limit: SIGN_IN_LIMIT_PER_IP, windowSeconds: WINDOW_SECONDS, now });
  if (!byIp.allowed) return byIp;
  const account = email.trim().toLowerCase();
  if (!account) return { allowed: true };
  return consumeRateLimit(db, { key: `sign-in:account:${account}`, limit: SIGN_IN_LIMIT_PER_ACCOUNT, windowSeconds: WINDOW_SECONDS, now });
}
