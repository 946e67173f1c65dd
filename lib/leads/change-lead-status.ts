import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { InquiryStatus } from "../generated/prisma/client";
import { inquiryStatusLabel } from "../inquiries/labels";
import { isUuid } from "../validation/is-uuid";
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
  if (!canMoveLead(from, to)) throw leadTransitionError(from, to);
  if (!isUuid(leadId)) throw new ExpectedError("lead-not-found");
  await db.$transaction(async (tx) => {
    if (await moveLeadStatus(tx, actor.id, { leadId, from, to, now })) return;
    // Nothing matched: say why, from what the lead is now.
    const lead = await tx.inquiry.findUnique({ where: { id: leadId }, select: { status: true, erasedAt: true } });
    if (!lead) throw new ExpectedError("lead-not-found");
    if (lead.erasedAt) throw new ExpectedError("lead-erased");
    throw new ExpectedError("lead-conflict", `Someone else changed this lead to ${inquiryStatusLabel[lead.status]} just now. Reload to see the latest.`);
  });
}

/** The move is not in the pipeline (lead-status-transitions.ts). */
function leadTransitionError(from: InquiryStatus, to: InquiryStatus): ExpectedError {
  return new ExpectedError("lead-transition-not-allowed", `A lead that is ${label(from)} cannot be moved to ${label(to)}.`);
}

// A status from a form may be anything; never print "undefined" (or a prototype's property).
function label(status: string): string {
  return Object.hasOwn(inquiryStatusLabel, status) ? inquiryStatusLabel[status as InquiryStatus] : `"${String(status).slice(0, 20)}"`;
}
