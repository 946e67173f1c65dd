import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { Database } from "../database/create-prisma-client";
import { getSigningSecret } from "./get-signing-secret";

// Text kept in the database that a reader of the database must not be able to use, such as a
// queued sign-in link: AES-256-GCM under a key derived from the app's secret, so it can be read
// back only by a process that holds AUTH_SECRET, and any change to it is detected.

const VERSION = "v1";

function keyFor(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "", "studio-desk sealed text", 32));
}

export function sealText(plain: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, body, cipher.getAuthTag()].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The text sealed in `sealed`; throws when it was sealed with another secret or has been altered. */
export function openSealedText(sealed: string, secret: string): string {
  const [version, iv, body, tag, extra] = sealed.split(".");
  if (version !== VERSION || !iv || !body || !tag || extra !== undefined) throw new Error("Not a sealed text");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(secret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** The secret text is sealed with: AUTH_SECRET (pass it), or in development the database-held key. */
export function sealingSecret(db: Database, configured: string | undefined): Promise<string> {
  return getSigningSecret(db, "sealed-text", configured);
}
