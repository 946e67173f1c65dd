"use server";

import { headers } from "next/headers";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import { fieldErrorsOf, formFields } from "@/lib/auth/form-fields";
import { runStaffAction } from "@/lib/auth/run-staff-action";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { clientIpFrom } from "@/lib/security/client-ip";
import { changePassword, changePasswordSchema } from "@/lib/staff/change-password";
import { signOutEverywhere } from "@/lib/staff/sign-out-everywhere";

export async function changePasswordAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "changePassword",
    "STAFF",
    formData,
    async (member) => {
      const input = changePasswordSchema.safeParse(formFields(formData, ["currentPassword", "newPassword", "confirmPassword"]));
      if (!input.success) return { status: "invalid", message: "Check the passwords.", fieldErrors: fieldErrorsOf(input.error) };
      await changePassword(getDb(), member.id, input.data, { ip: clientIpFrom(await headers(), env.TRUST_PROXY_HOPS) });
      return { status: "success", message: "Password changed. Every session has ended: sign in again with the new password." };
    },
  );
}

export async function signOutEverywhereAction(): Promise<AdminActionState> {
  return runStaffAction("signOutEverywhere", "STAFF", null, async (member) => {
    await signOutEverywhere(getDb(), member.id);
    return { status: "success", message: "Signed out on every device, this one included." };
  });
}
