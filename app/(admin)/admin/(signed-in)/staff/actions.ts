"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import { fieldErrorsOf, formFields } from "@/lib/auth/form-fields";
import { runStaffAction } from "@/lib/auth/run-staff-action";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { invitationInputSchema, inviteStaff } from "@/lib/staff/invite-staff";
import { revokeInvitation } from "@/lib/staff/revoke-invitation";
import { sendStaffInvitation } from "@/lib/staff/send-staff-invitation";
import { setStaffActive } from "@/lib/staff/set-staff-active";

const uuid = z.uuid();

export async function inviteStaffAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "inviteStaff",
    "OWNER",
    formData,
    async (member) => {
      const input = invitationInputSchema.safeParse(formFields(formData, ["email", "role"]));
      if (!input.success) return { status: "invalid", message: "Check the invitation.", fieldErrors: fieldErrorsOf(input.error) };
      await inviteStaff(getDb(), member, input.data, { appUrl: env.APP_URL, send: sendStaffInvitation });
      revalidatePath("/admin/staff");
      return { status: "success", message: `Invitation sent to ${input.data.email}.` };
    },
  );
}

export async function revokeInvitationAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "revokeInvitation",
    "OWNER",
    formData,
    async (member) => {
      const id = uuid.safeParse(formData.get("invitationId"));
      if (!id.success) return { status: "error", message: "That invitation was not found." };
      await revokeInvitation(getDb(), member, id.data);
      revalidatePath("/admin/staff");
      return { status: "success", message: "Invitation withdrawn." };
    },
  );
}

export async function setStaffActiveAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "setStaffActive",
    "OWNER",
    formData,
    async (member) => {
      const id = uuid.safeParse(formData.get("userId"));
      if (!id.success) return { status: "error", message: "That account was not found." };
      const active = formData.get("active") === "true";
      await setStaffActive(getDb(), member, { userId: id.data, active });
      revalidatePath("/admin/staff");
      return { status: "success", message: active ? "Account reactivated." : "Account deactivated: they are signed out now." };
    },
  );
}
