import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

// argon2id with the library's defaults (19 MiB, 2 passes, 1 lane): OWASP's recommended minimum.
// The hash string records its own parameters, so raising them later keeps old hashes valid.

export const passwordSchema = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(200, "Use at most 200 characters.");

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** True when `password` matches `passwordHash`; false for a malformed hash rather than throwing. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Checked when there is no account (or no password on it), so that an unknown email costs the
// same time as a wrong password and response times do not reveal who has an account.
let decoyHash: Promise<string> | undefined;

export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hash("studio-desk-decoy-password");
  await verifyPassword(await decoyHash, password);
  return false;
}
