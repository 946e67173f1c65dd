// The one write of an inquiry's intake: the inquiry and its outbox rows in a single SQL statement
// (a data-modifying CTE), so they commit together in one round trip. Written as SQL because this
// is the intake's hot path, where Prisma's query compilation cost more than the database work.
import type { Database } from "../database/create-prisma-client";
import { Prisma } from "../generated/prisma/client";

type InquiryRow = {
  id: string;
  reference: string;
  roleNeeded: string;
  status: "NEW" | "SPAM";
  name: string;
  email: string;
  phone?: string;
  artistName?: string;
  projectType?: string;
  songCount?: number;
  genres: string[];
  referenceLinks: string[];
  budgetRange?: string;
  targetStartOn?: string;
  targetFinishOn?: string;
  message: string;
  consentedAt: Date;
  isSpam: boolean;
  spamReason: string | null;
  idempotencyKey: string | null;
  requestFingerprint: string;
};

export async function insertInquiry(db: Database, row: InquiryRow, outbox: Prisma.OutboxMessageCreateManyInput[]): Promise<void> {
  const at = row.consentedAt;
  const inquiry = Prisma.sql`
    INSERT INTO "Inquiry" ("id", "reference", "roleNeeded", "status", "name", "email", "phone", "artistName",
      "projectType", "songCount", "genres", "referenceLinks", "budgetRange", "targetStartOn", "targetFinishOn",
      "message", "consentedAt", "isSpam", "spamReason", "idempotencyKey", "requestFingerprint", "createdAt", "updatedAt")
    VALUES (${row.id}::uuid, ${row.reference}, ${row.roleNeeded}::"RoleNeeded", ${row.status}::"InquiryStatus",
      ${row.name}, ${row.email}, ${row.phone ?? null}, ${row.artistName ?? null},
      ${row.projectType ?? null}::"ProjectType", ${row.songCount ?? null}::smallint, ${row.genres}::text[],
      ${row.referenceLinks}::text[], ${row.budgetRange ?? null}::"BudgetRange", ${row.targetStartOn ?? null}::date,
      ${row.targetFinishOn ?? null}::date, ${row.message}, ${at}, ${row.isSpam}, ${row.spamReason},
      ${row.idempotencyKey}, ${row.requestFingerprint}, ${at}, ${at})`;
  if (outbox.length === 0) {
    await db.$executeRaw(inquiry);
    return;
  }
  const values = outbox.map(
    (message) => Prisma.sql`(${message.id}::uuid, ${message.kind}, ${row.id}::uuid, ${message.toAddress}, ${message.replyTo ?? null},
      ${message.subject}, ${message.messageId}, ${message.nextAttemptAt ?? at}::timestamptz, ${message.createdAt ?? at}::timestamptz, ${at}::timestamptz)`,
  );
  // Foreign keys are checked at the end of the statement, when the inquiry row already exists.
  await db.$executeRaw`
    WITH inquiry AS (${inquiry})
    INSERT INTO "OutboxMessage" ("id", "kind", "inquiryId", "toAddress", "replyTo", "subject", "messageId",
      "nextAttemptAt", "createdAt", "updatedAt")
    VALUES ${Prisma.join(values)}`;
}
