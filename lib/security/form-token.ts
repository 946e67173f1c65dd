import { createHmac, timingSafeEqual } from "node:crypto";

// A form token records when the form was shown and which one-time key it carries, signed so it
// cannot be forged. The fill time tells a person (seconds) from a bot (at once); binding the key
// means a harvested token only ever replays the same inquiry; and tokens expire.

export const FORM_TOKEN_MAX_AGE_MS = 24 * 3_600_000;

export function signFormToken(secret: string, issuedAt: Date, idempotencyKey: string): string {
  const stamp = String(issuedAt.getTime());
  return `${stamp}.${mac(secret, stamp, idempotencyKey)}`;
}

/**
 * When the form carrying `idempotencyKey` was shown, or null when the token is missing,
 * malformed, forged, issued for another key, or older than FORM_TOKEN_MAX_AGE_MS.
 */
export function readFormToken(secret: string, token: unknown, idempotencyKey: unknown, now: Date): Date | null {
  if (typeof token !== "string" || token.length > 100 || typeof idempotencyKey !== "string") return null;
  const [stamp, signature, ...rest] = token.split(".");
  if (rest.length > 0 || !/^\d{1,15}$/.test(stamp ?? "") || !signature) return null;
  const expected = Buffer.from(mac(secret, stamp, idempotencyKey));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const issuedAt = new Date(Number(stamp));
  return now.getTime() - issuedAt.getTime() > FORM_TOKEN_MAX_AGE_MS ? null : issuedAt;
}

function mac(secret: string, stamp: string, idempotencyKey: string) {
  return createHmac("sha256", secret).update(`inquiry-form\n${stamp}\n${idempotencyKey}`).digest("base64url");
}
