import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import type { InquiryStatus } from "../generated/prisma/client";
import { inquiryStatusLabel } from "../inquiries/labels";
import { LeadConflictError, LeadErasedError, LeadNotFoundError, LeadTransitionError } from "./errors";
import { isUuid } from "./is-uuid";
import { canMoveLead } from "./lead-status-transitions";
import { moveLeadStatus } from "./move-lead-status";

export type ChangeLeadStatusInput = {
  leadId: string;
  /** The status the staff member saw; the change applies only if the lead is still in it. */
  from: InquiryStatus;
  to: InquiryStatus;
  now?: Date;
};

/** Moves a lead along the pipeline, refusing moves the pipeline does not have and lost updates. */
export async function changeLeadStatus(db: Database, actor: StaffMember, { leadId, from, to, now = new Date() }: ChangeLeadStatusInput): Promise<void> {
  if (!canMoveLead(from, to)) throw new LeadTransitionError(from, to);
  if (!isUuid(leadId)) throw new LeadNotFoundError();
  await db.$transaction(async (tx) => {
    if (await moveLeadStatus(tx, actor.id, { leadId, from, to, now })) return;
    // Nothing matched: say why, from what the lead is now.
    const lead = await tx.inquiry.findUnique({ where: { id: leadId }, select: { status: true, erasedAt: true } });
    if (!lead) throw new LeadNotFoundError();
    if (lead.erasedAt) throw new LeadErasedError();
    throw new LeadConflictError(`Someone else changed this lead to ${inquiryStatusLabel[lead.status]} just now. Reload to see the latest.`);
  });
}
