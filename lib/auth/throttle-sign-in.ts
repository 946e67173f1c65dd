// The sign-in protection policy (README, "Sign-in protection"). Every budget is a fixed
// 15-minute window counted in PostgreSQL, so all app instances share it:
// - per client address: 30 attempts of any kind (password tries and link requests);
// - per account, password tries from a browser that has not signed in to it before: 10;
// - per account, email-link requests: 5, a budget of their own, so that an attacker who uses up
//   the password budget does not also take away the link;
// - a browser that has signed in to the account before (it holds a known-device cookie) has its
//   own budget of 10 password tries instead of the account's shared one: strangers guessing
//   from elsewhere cannot lock the owner out of their own laptop.
// Unknown accounts are counted exactly like real ones, so no answer reveals who has an account.
import type { Database } from "../database/create-prisma-client";
import { consumeRateLimit, type RateLimitVerdict } from "../rate-limit/consume-rate-limit";
import { normalizeStaffEmail } from "./normalize-staff-email";

export const SIGN_IN_WINDOW_MINUTES = 15;
export const SIGN_IN_LIMIT_PER_IP = 30;
export const PASSWORD_TRIES_PER_ACCOUNT = 10;
export const LINK_REQUESTS_PER_ACCOUNT = 5;
export const PASSWORD_TRIES_PER_KNOWN_DEVICE = 10;

export type SignInAttempt = {
  kind: "password" | "link";
  /** As the client sent it; normalised here the same way the credential check does. */
  email: unknown;
  ip: string;
  /** The id of a known-device cookie proven for this very account, if the browser has one. */
  knownDeviceId?: string | null;
  now?: Date;
};

/** Counts one attempt against its budgets and says whether it may go ahead. */
export async function throttleSignIn(db: Database, { kind, email, ip, knownDeviceId, now = new Date() }: SignInAttempt): Promise<RateLimitVerdict> {
  const windowSeconds = SIGN_IN_WINDOW_MINUTES * 60;
  const byIp = await consumeRateLimit(db, { key: `sign-in:ip:${ip}`, limit: SIGN_IN_LIMIT_PER_IP, windowSeconds, now });
  if (!byIp.allowed) return byIp;
  const account = normalizeStaffEmail(email);
  if (!account) return { allowed: true }; // nothing to check against: the credential check refuses it
  const budget =
    kind === "link"
      ? { key: `sign-in:link:${account}`, limit: LINK_REQUESTS_PER_ACCOUNT }
      : knownDeviceId
        ? { key: `sign-in:device:${knownDeviceId}:${account}`, limit: PASSWORD_TRIES_PER_KNOWN_DEVICE }
        : { key: `sign-in:password:${account}`, limit: PASSWORD_TRIES_PER_ACCOUNT };
  return consumeRateLimit(db, { ...budget, windowSeconds, now });
}
