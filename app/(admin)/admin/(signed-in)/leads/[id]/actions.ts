"use server";

import { after } from "next/server";
import { revalidatePath } from "next/cache";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import { formField } from "@/lib/auth/form-fields";
import { runStaffAction } from "@/lib/auth/run-staff-action";
import { getDb } from "@/lib/db";
import { emailSettings } from "@/lib/inquiries/email-settings";
import { inquiryStatusLabel } from "@/lib/inquiries/labels";
import { appendLeadQuote } from "@/lib/bookings/append-lead-quote";
import { addLeadNote } from "@/lib/leads/add-lead-note";
import { assignLead } from "@/lib/leads/assign-lead";
import { changeLeadStatus } from "@/lib/leads/change-lead-status";
import { eraseLead } from "@/lib/leads/erase-lead";
import { queueLeadReply } from "@/lib/leads/queue-lead-reply";
import { retryOutboxMessage } from "@/lib/leads/retry-outbox-message";
import { requestOutboxDelivery } from "@/lib/background/web-process";
import type { InquiryStatus } from "@/lib/generated/prisma/client";

// Every action names the lead it works on in a hidden field and re-reads everything else from
// the database; what the page showed (status, assignee) is sent along only to detect a
// concurrent change.
const done = (leadId: string, message: string): AdminActionState => {
  revalidatePath(`/admin/leads/${leadId}`);
  return { status: "success", message };
};

export async function changeLeadStatusAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "changeLeadStatus",
    "STAFF",
    formData,
    async (member) => {
      const leadId = formField(formData, "leadId");
      const to = formField(formData, "to") as InquiryStatus;
      await changeLeadStatus(getDb(), member, { leadId, from: formField(formData, "from") as InquiryStatus, to });
      return done(leadId, `Moved to ${inquiryStatusLabel[to] ?? to}.`);
    },
  );
}

export async function assignLeadAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "assignLead",
    "STAFF",
    formData,
    async (member) => {
      const leadId = formField(formData, "leadId");
      const assigneeId = formField(formData, "assigneeId") || null;
      await assignLead(getDb(), member, { leadId, expectedAssigneeId: formField(formData, "expectedAssigneeId") || null, assigneeId, emailSettings: emailSettings() });
      return done(leadId, assigneeId ? "Assigned." : "Unassigned.");
    },
  );
}

export async function addLeadNoteAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "addLeadNote",
    "STAFF",
    formData,
    async (member) => {
      const leadId = formField(formData, "leadId");
      await addLeadNote(getDb(), member, { leadId, body: formData.get("body") });
      return done(leadId, "Note added.");
    },
  );
}

export async function replyToLeadAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "replyToLead",
    "STAFF",
    formData,
    async (member) => {
      const leadId = formField(formData, "leadId");
      const body = formData.get("includeQuote") === "on" ? await appendLeadQuote(getDb(), leadId, formData.get("body")) : formData.get("body");
      await queueLeadReply(getDb(), member, { leadId, body }, emailSettings());
      after(requestOutboxDelivery);
      return done(leadId, "Reply queued: it appears below with its delivery state.");
    },
  );
}

export async function retryEmailAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "retryEmail",
    "STAFF",
    formData,
    async (member) => {
      const leadId = formField(formData, "leadId");
      await retryOutboxMessage(getDb(), member, { leadId, messageId: formField(formData, "messageId") });
      after(requestOutboxDelivery);
      return done(leadId, "Email queued again.");
    },
  );
}

export async function eraseLeadAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "eraseLead",
    "OWNER",
    formData,
    async (member) => {
      const leadId = formField(formData, "leadId");
      await eraseLead(getDb(), member, { leadId });
      return done(leadId, "Personal data erased. The record of what happened stays.");
    },
  );
}
