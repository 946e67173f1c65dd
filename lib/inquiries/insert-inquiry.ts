// The one write of an inquiry's intake: the inquiry, its outbox rows and its preferred times in a
// single SQL statement (data-modifying CTEs), so they commit together in one round trip. Written
// as SQL because this is the intake's hot path, where Prisma's query compilation cost more than
// the database work.
import { randomUUID } from "node:crypto";
import { driverPoolOutsideTransaction, type Database } from "../database/create-prisma-client";
import type { Transaction } from "../database/transaction";
import { Prisma } from "../generated/prisma/client";
import { outboxInsertSql, type OutboxRow } from "../outbox/queue-email";
import type { PreferredSlot } from "./preferred-slots-schema";

export type InquiryRow = {
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
  preferredSlots?: PreferredSlot[];
};

export async function insertInquiry(db: Database | Transaction, row: InquiryRow, outbox: OutboxRow[]): Promise<void> {
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
  const statements = [inquiry];
  if (outbox.length > 0) statements.push(outboxInsertSql(outbox));
  if (row.preferredSlots?.length) {
    const values = row.preferredSlots.map(
      (slot) => Prisma.sql`(${randomUUID()}::uuid, ${row.id}::uuid, ${slot.roomId ?? null}::uuid, ${slot.startsAt}::timestamptz, ${slot.endsAt}::timestamptz)`,
    );
    statements.push(Prisma.sql`
      INSERT INTO "PreferredSlot" ("id", "inquiryId", "roomId", "startsAt", "endsAt") VALUES ${Prisma.join(values)}`);
  }
  // Foreign keys are checked at the end of the statement, when the inquiry row already exists.
  const last = statements.pop()!;
  const names = [Prisma.sql`inquiry`, Prisma.sql`outbox`];
  const ctes = statements.map((statement, index) => Prisma.sql`${names[index]} AS (${statement})`);
  const statement = ctes.length === 0 ? last : Prisma.sql`WITH ${Prisma.join(ctes)} ${last}`;
  // On its own (the common case), straight through the driver: Prisma's planning of this one
  // statement took more of the request's CPU than PostgreSQL took to run it. Inside a
  // transaction (a session request's hold), through that transaction.
  const pool = driverPoolOutsideTransaction(db);
  if (pool) await pool.query(statement.text, statement.values);
  else await db.$executeRaw(statement);
}
