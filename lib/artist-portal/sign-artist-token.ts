import { isUuid } from "../validation/is-uuid";
import { ARTIST_TOKEN_PAYLOAD_BYTES, ARTIST_TOKEN_VERSION, artistTokenMac } from "./artist-token-mac";

/** A token that lets its holder see one inquiry until `expiresAt` (rounded down to the second). */
export function signArtistToken(secret: string, inquiryId: string, expiresAt: Date): string {
  if (!isUuid(inquiryId)) throw new Error("An artist token needs an inquiry id (a UUID)");
  const seconds = Math.floor(expiresAt.getTime() / 1000);
  if (!Number.isSafeInteger(seconds) || seconds < 0 || seconds > 0xffffffff) throw new Error("Artist token expiry out of range");
  const payload = Buffer.alloc(ARTIST_TOKEN_PAYLOAD_BYTES);
  payload.writeUInt8(ARTIST_TOKEN_VERSION, 0);
  Buffer.from(inquiryId.replaceAll("-", ""), "hex").copy(payload, 1);
  payload.writeUInt32BE(seconds, 17);
  return Buffer.concat([payload, artistTokenMac(secret, payload)]).toString("base64url");
}
