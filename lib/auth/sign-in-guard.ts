import type { Database } from "../database/create-prisma-client";
import { knownDeviceIdFor } from "./known-device";
import { throttleSignIn, type SignInAttempt } from "./throttle-sign-in";

/** Refusal codes, shown by the sign-in page (sign-in-messages.ts). */
export const THROTTLED = { password: "TooManyAttempts", link: "TooManyLinkRequests" } as const;

export type SignInGuard = {
  /**
   * Counts one credential check and says whether it may go ahead. Called by next-auth's password
   * provider and its email-link request (auth-options.ts), after next-auth has read the body, with
   * the email exactly as next-auth will use it: however the request was sent (any path below the
   * route, JSON or a form, a field given twice), the attempt counted is the attempt made.
   */
  admit(kind: SignInAttempt["kind"], email: unknown): Promise<boolean>;
  /** Set when an attempt was refused: the route answers 429 with this. */
  readonly refusal: { code: string; retryAfterSeconds: number } | null;
  /** Set by a successful sign-in, so the route can remember the browser for that account. */
  signedInEmail: string | null;
};

/** One guard per request to next-auth's route, knowing who is asking from where. */
export function createSignInGuard(db: Database, request: { ip: string; knownDeviceCookie?: string; secret: string }): SignInGuard {
  const guard: SignInGuard & { refusal: SignInGuard["refusal"] } = {
    refusal: null,
    signedInEmail: null,
    async admit(kind, email) {
      const knownDeviceId = knownDeviceIdFor(request.knownDeviceCookie, email, request.secret);
      const verdict = await throttleSignIn(db, { kind, email, ip: request.ip, knownDeviceId });
      if (verdict.allowed) return true;
      guard.refusal = { code: THROTTLED[kind], retryAfterSeconds: verdict.retryAfterSeconds };
      return false;
    },
  };
  return guard;
}
