import { timingSafeEqual } from "node:crypto";
import { ARTIST_TOKEN_BYTES, ARTIST_TOKEN_PAYLOAD_BYTES, ARTIST_TOKEN_VERSION, artistTokenMac } from "./artist-token-mac";

export type ArtistToken = { inquiryId: string; expiresAt: Date };

// Exactly the length the encoder produces for ARTIST_TOKEN_BYTES bytes, and nothing else.
const ENCODED_LENGTH = Math.ceil((ARTIST_TOKEN_BYTES * 8) / 6);
const SHAPE = new RegExp(`^[A-Za-z0-9_-]{${ENCODED_LENGTH}}$`);

/**
 * The inquiry a token from the artist's link grants, or null when the token is anything other
 * than one this secret signed and that has not expired: malformed, forged, tampered with,
 * another version, or past its expiry.
 */
export function readArtistToken(secret: string, token: unknown, now: Date): ArtistToken | null {
  if (typeof token !== "string" || !SHAPE.test(token)) return null;
  const bytes = Buffer.from(token, "base64url");
  // Node's decoder ignores stray trailing bits; insisting on the canonical spelling means one
  // token has exactly one valid string.
  if (bytes.length !== ARTIST_TOKEN_BYTES || bytes.toString("base64url") !== token) return null;
  const payload = bytes.subarray(0, ARTIST_TOKEN_PAYLOAD_BYTES);
  const expected = artistTokenMac(secret, payload);
  if (!timingSafeEqual(bytes.subarray(ARTIST_TOKEN_PAYLOAD_BYTES), expected)) return null;
  if (payload.readUInt8(0) !== ARTIST_TOKEN_VERSION) return null;
  const expiresAt = new Date(payload.readUInt32BE(17) * 1000);
  if (now.getTime() >= expiresAt.getTime()) return null;
  const hex = payload.subarray(1, 17).toString("hex");
  const inquiryId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { inquiryId, expiresAt };
}
