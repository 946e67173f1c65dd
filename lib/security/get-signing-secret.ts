import { randomBytes } from "node:crypto";
import type { Database } from "../database/create-prisma-client";

const cache = new Map<string, string>();

/**
 * A secret for signing tokens: AUTH_SECRET when configured; otherwise one generated on first use
 * and stored in the database, so every app instance signs and verifies with the same key without
 * any configuration.
 */
export async function getSigningSecret(db: Database, name: string, configured?: string): Promise<string> {
  if (configured) return configured;
  const cached = cache.get(name);
  if (cached) return cached;
  await db.appSecret.createMany({ data: [{ name, value: randomBytes(32).toString("base64url") }], skipDuplicates: true });
  const { value } = await db.appSecret.findUniqueOrThrow({ where: { name } });
  cache.set(name, value);
  return value;
}
