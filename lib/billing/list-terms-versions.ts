import type { Database } from "../database/create-prisma-client";

export type TermsVersionView = { version: number; createdAt: Date; author: string | null };

/** Every published version of the terms, newest first, with who published it (null once their account is gone). */
export async function listTermsVersions(db: Database): Promise<TermsVersionView[]> {
  const versions = await db.termsVersion.findMany({
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, createdBy: { select: { name: true, email: true } } },
  });
  return versions.map(({ version, createdAt, createdBy }) => ({ version, createdAt, author: createdBy ? (createdBy.name ?? createdBy.email) : null }));
}
