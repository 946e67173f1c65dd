import { createHmac } from "node:crypto";

// The artist's private link carries one token: a version byte, the inquiry id (16 bytes) and the
// expiry (whole seconds, unsigned 32-bit: good until 2106), followed by an HMAC-SHA256 of those
// bytes, all base64url-encoded. Binary rather than JSON keeps the link short enough to survive
// mail clients that wrap long lines.

export const ARTIST_TOKEN_VERSION = 1;
export const ARTIST_TOKEN_PAYLOAD_BYTES = 1 + 16 + 4;
export const ARTIST_TOKEN_BYTES = ARTIST_TOKEN_PAYLOAD_BYTES + 32;
/** A studio project can run for months, so the link stays good for a year. */
export const ARTIST_TOKEN_MAX_AGE_MS = 365 * 86_400_000;

/** The signature of a token's payload; the label keeps it from ever matching another kind of token. */
export function artistTokenMac(secret: string, payload: Buffer): Buffer {
  return createHmac("sha256", secret).update("artist-portal\n").update(payload).digest();
}
