import type { Database } from "../database/create-prisma-client";
import { artistPortalSecret } from "./artist-portal-secret";
import { readArtistToken } from "./read-artist-token";

/**
 * The inquiry id a link's token grants, or null when it is not a valid, unexpired token. Pass
 * env.AUTH_SECRET as `authSecret` (undefined: the database-held key), the same as signed it.
 */
export async function verifyArtistLink(db: Database, token: unknown, { authSecret, now = new Date() }: { authSecret: string | undefined; now?: Date }): Promise<string | null> {
  // Checked for shape before anything touches the database.
  if (typeof token !== "string" || token.length > 200) return null;
  return readArtistToken(await artistPortalSecret(db, authSecret), token, now)?.inquiryId ?? null;
}
