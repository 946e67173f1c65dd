import { createHmac, timingSafeEqual } from "node:crypto";

// A form token records when the form was shown, signed so it cannot be forged. It lets the
// server tell a person (who takes seconds to fill a form) from a bot (which posts at once).

export function signFormToken(secret: string, issuedAt: Date): string {
  const stamp = String(issuedAt.getTime());
  return `${stamp}.${mac(secret, stamp)}`;
}

/** When the form was shown, or null when the token is missing, malformed or forged. */
export function readFormToken(secret: string, token: unknown): Date | null {
  if (typeof token !== "string" || token.length > 100) return null;
  const [stamp, signature, ...rest] = token.split(".");
  if (rest.length > 0 || !/^\d{1,15}$/.test(stamp ?? "") || !signature) return null;
  const expected = Buffer.from(mac(secret, stamp));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return new Date(Number(stamp));
}

function mac(secret: string, stamp: string) {
  return createHmac("sha256", secret).update(`inquiry-form:${stamp}`).digest("base64url");
}
