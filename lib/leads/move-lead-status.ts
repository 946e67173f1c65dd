import type { InquiryStatus } from "../generated/prisma/client";
import type { Transaction } from "../database/transaction";

type Move = { leadId: string; from: InquiryStatus; to: InquiryStatus; now: Date };

/**
 * Moves a lead from `from` to `to` and records who did it, inside the caller's transaction.
 * The update only applies while the lead is still in `from` (and not erased), so of two people
 * moving it at once exactly one succeeds; the other gets `false` and nothing is written.
 * Callers check the move against the pipeline first.
 */
export async function moveLeadStatus(tx: Transaction, actorId: string | null, { leadId, from, to, now }: Move): Promise<boolean> {
  // Any triage of a new lead other than calling it spam is the studio's first response to it.
  const responds = from === "NEW" && to !== "SPAM";
  const moved = await tx.$executeRaw`
    UPDATE "Inquiry"
    SET "status" = ${to}::"InquiryStatus", "updatedAt" = ${now},
      "firstRespondedAt" = CASE WHEN ${responds} THEN coalesce("firstRespondedAt", ${now}) ELSE "firstRespondedAt" END
    WHERE "id" = ${leadId}::uuid AND "status" = ${from}::"InquiryStatus" AND "erasedAt" IS NULL`;
  if (moved === 0) return false;
  await tx.leadEvent.create({ data: { inquiryId: leadId, actorId, type: "STATUS_CHANGED", fromStatus: from, toStatus: to, createdAt: now } });
  return true;
}
