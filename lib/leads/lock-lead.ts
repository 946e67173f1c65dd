import type { Transaction } from "../database/transaction";
import { ExpectedError, isExpectedError } from "../errors/expected-error";
import { Prisma, type InquiryStatus } from "../generated/prisma/client";
import { isUuid } from "../validation/is-uuid";

export type LockedLead = {
  id: string;
  reference: string;
  status: InquiryStatus;
  email: string;
  firstRespondedAt: Date | null;
};

/**
 * Reads a lead that is not erased and locks its row until the transaction ends. Writes that add
 * personal data next to a lead (a note, a reply) take at least the shared lock, so an erasure
 * either waits for them and then removes what they wrote, or commits first and they see it:
 * nothing personal can be added to a lead after it was erased. "update" also serialises writers
 * among themselves (two replies at once thread one after the other). Neither blocks the key-share
 * locks that inserting a lead's notes, events and emails takes.
 */
export async function lockLead(tx: Transaction, leadId: string, mode: "share" | "update"): Promise<LockedLead> {
  if (!isUuid(leadId)) throw new ExpectedError("lead-not-found");
  const lock = Prisma.raw(mode === "update" ? "FOR NO KEY UPDATE" : "FOR SHARE");
  const [lead] = await tx.$queryRaw<(LockedLead & { erasedAt: Date | null })[]>`
    SELECT "id", "reference", "status", "email", "firstRespondedAt", "erasedAt" FROM "Inquiry" WHERE "id" = ${leadId}::uuid ${lock}`;
  if (!lead) throw new ExpectedError("lead-not-found");
  if (lead.erasedAt) throw new ExpectedError("lead-erased");
  return { id: lead.id, reference: lead.reference, status: lead.status, email: lead.email, firstRespondedAt: lead.firstRespondedAt };
}

/**
 * lockLead for writes that are skipped, not refused, for an erased lead (an email about it):
 * null when the lead was erased. The lock keeps an erasure from committing between this check and
 * the write, which it would then miss.
 */
export async function lockLeadUnlessErased(tx: Transaction, leadId: string, mode: "share" | "update"): Promise<LockedLead | null> {
  try {
    return await lockLead(tx, leadId, mode);
  } catch (error) {
    if (isExpectedError(error, "lead-erased")) return null;
    throw error;
  }
}
