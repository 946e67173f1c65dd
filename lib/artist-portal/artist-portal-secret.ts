import type { Database } from "../database/create-prisma-client";
import type { Transaction } from "../database/transaction";
import { getSigningSecret } from "../security/get-signing-secret";

/**
 * The key for the artist's private links: AUTH_SECRET when the deployment has one (pass
 * env.AUTH_SECRET), otherwise a key kept in the database.
 */
export async function artistPortalSecret(db: Database | Transaction, configured: string | undefined): Promise<string> {
  // getSigningSecret only touches the appSecret table, which a transaction client has too.
  return getSigningSecret(db as Database, "artist-portal", configured);
}
