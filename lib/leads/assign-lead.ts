import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { isUuid } from "../validation/is-uuid";
import type { Transaction } from "../database/transaction";
import { scheduleHoldReminder } from "../bookings/schedule-hold-reminder";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";

export type AssignLeadInput = {
  leadId: string;
  /** Who the staff member saw looking after the lead (null: nobody); the change applies only if that is still so. */
  expectedAssigneeId: string | null;
  /** The staff member to look after it, or null to unassign. */
  assigneeId: string | null;
  now?: Date;
  /** With it, a hold's reminder to the lead's staff member goes to the new one (the app always passes it). */
  emailSettings?: EmailSettings;
};

/**
 * Gives a lead to a staff member (or to nobody). Guarded by the assignee the caller saw, so two
 * people assigning at once cannot silently overwrite each other: the second is told who has it.
 */
export async function assignLead(db: Database, actor: StaffMember, { leadId, expectedAssigneeId, assigneeId, now = new Date(), emailSettings }: AssignLeadInput): Promise<void> {
  if (!isUuid(leadId)) throw new ExpectedError("lead-not-found");
  if (assigneeId !== null && !isUuid(assigneeId)) throw new ExpectedError("assignee-not-found", "Choose a member of the studio's staff.");
  await db.$transaction(async (tx) => {
    if (assigneeId !== null) await requireActiveStaff(tx, assigneeId);
    // An expected id that cannot be one matches no lead, and is answered like any stale view.
    if (expectedAssigneeId === null || isUuid(expectedAssigneeId)) {
      const guard = { id: leadId, erasedAt: null, assigneeId: expectedAssigneeId };
      if (expectedAssigneeId === assigneeId) {
        if ((await tx.inquiry.count({ where: guard })) === 1) return; // nothing to change
      } else if ((await tx.inquiry.updateMany({ where: guard, data: { assigneeId, updatedAt: now } })).count === 1) {
        await tx.leadEvent.create({ data: { inquiryId: leadId, actorId: actor.id, type: "ASSIGNED", assigneeId, createdAt: now } });
        if (emailSettings) await rescheduleHoldReminders(tx, leadId, now, emailSettings);
        return;
      }
    }
    throw await conflictFor(tx, leadId);
  });
}

/** Each booking of the lead with days on hold: its reminders, now to the new assignee. */
async function rescheduleHoldReminders(tx: Transaction, leadId: string, now: Date, emailSettings: EmailSettings) {
  const groups = await tx.booking.findMany({ where: { inquiryId: leadId, status: "HOLD" }, distinct: ["groupId"], select: { groupId: true } });
  for (const { groupId } of groups) await scheduleHoldReminder(tx, { groupId, now }, emailSettings);
}

async function requireActiveStaff(tx: Transaction, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true, deactivatedAt: true } });
  if (!user) throw new ExpectedError("assignee-not-found", "That staff member's account no longer exists. Reload to see the current staff.");
  if (user.deactivatedAt) throw new ExpectedError("assignee-deactivated", `${user.name || user.email} cannot be given leads: their account is deactivated.`);
}

async function conflictFor(tx: Transaction, leadId: string): Promise<ExpectedError> {
  const lead = await tx.inquiry.findUnique({ where: { id: leadId }, select: { erasedAt: true, assignee: { select: { name: true, email: true } } } });
  if (!lead) return new ExpectedError("lead-not-found");
  if (lead.erasedAt) return new ExpectedError("lead-erased");
  const what = lead.assignee ? `assigned this lead to ${lead.assignee.name || lead.assignee.email}` : "unassigned this lead";
  return new ExpectedError("lead-conflict", `Someone else just ${what}. Reload to see the latest.`);
}
