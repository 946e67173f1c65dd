"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import { formField } from "@/lib/auth/form-fields";
import { runStaffAction } from "@/lib/auth/run-staff-action";
import { requestOutboxDelivery } from "@/lib/background/web-process";
import { getDb } from "@/lib/db";
import { retryOutboxMessage } from "@/lib/leads/retry-outbox-message";


/** Queues a dead letter again from the System page (the same retry as on its lead's page). */
export async function retryDeadLetterAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction("retryDeadLetter", "OWNER", formData, async (member) => {
    await retryOutboxMessage(getDb(), member, { leadId: formField(formData, "leadId"), messageId: formField(formData, "messageId") });
    after(requestOutboxDelivery);
    revalidatePath("/admin/system");
    return { status: "success", message: "Email queued again." };
  });
}
