import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { leadFieldErrorsOf, leadNoteSchema } from "./lead-text-schemas";
import { lockLead } from "./lock-lead";

export type AddLeadNoteInput = { leadId: string; body: unknown; now?: Date };

/** Adds an internal note to a lead (never shown to the artist). Returns the note's id. */
export async function addLeadNote(db: Database, actor: StaffMember, { leadId, body, now = new Date() }: AddLeadNoteInput): Promise<{ id: string }> {
  const parsed = leadNoteSchema.safeParse({ body });
  if (!parsed.success) throw new ExpectedError("lead-invalid", { fieldErrors: leadFieldErrorsOf(parsed.error) });
  return db.$transaction(async (tx) => {
    // Shared lock: an erasure running now either waits and deletes this note too, or wins and we refuse.
    await lockLead(tx, leadId, "share");
    return tx.leadNote.create({ data: { inquiryId: leadId, authorId: actor.id, body: parsed.data.body, createdAt: now }, select: { id: true } });
  });
}
