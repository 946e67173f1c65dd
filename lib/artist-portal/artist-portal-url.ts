import type { Database } from "../database/create-prisma-client";
import type { Transaction } from "../database/transaction";
import { artistPortalSecret } from "./artist-portal-secret";
import { ARTIST_TOKEN_MAX_AGE_MS } from "./artist-token-mac";
import { signArtistToken } from "./sign-artist-token";

/** The `authSecret` option from email settings that carry one (see EmailSettings.authSecret). */
export function portalSigningKey(settings: { authSecret?: string }): { authSecret?: string } {
  return settings.authSecret ? { authSecret: settings.authSecret } : {};
}

/**
 * The artist's private link to their inquiry's page (status, sessions, asking to move or cancel),
 * valid for a year from `now`. Left out, `authSecret` is AUTH_SECRET from the environment, as
 * the page uses when checking the link, so callers cannot sign with another key by accident;
 * tests pass their own (undefined: the database-held key).
 */
export async function artistPortalUrl(
  db: Database | Transaction,
  input: { inquiryId: string; appUrl: string; now?: Date; authSecret?: string },
): Promise<string> {
  const now = input.now ?? new Date();
  // Loaded lazily: lib/env.ts validates the whole environment, which tests passing a key skip.
  const configured = "authSecret" in input ? input.authSecret : (await import("../env")).env.AUTH_SECRET;
  const secret = await artistPortalSecret(db, configured);
  const token = signArtistToken(secret, input.inquiryId, new Date(now.getTime() + ARTIST_TOKEN_MAX_AGE_MS));
  return `${input.appUrl.replace(/\/+$/, "")}/your-inquiry/${token}`;
}
