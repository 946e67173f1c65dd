"use server";

import type { AdminActionState } from "@/lib/auth/admin-action-state";
import { expectedFailure } from "@/lib/auth/expected-failure";
import { fieldErrorsOf, formFields, isFormData, UNREADABLE_FORM, formField } from "@/lib/auth/form-fields";
import { getDb } from "@/lib/db";
import { acceptInvitation, acceptInvitationSchema } from "@/lib/staff/accept-invitation";

// The one admin action that needs no session: the invitation's secret token is the credential.
export async function acceptInvitationAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  if (!isFormData(formData)) return { status: "invalid", message: UNREADABLE_FORM, fieldErrors: {} };
  const input = acceptInvitationSchema.safeParse(formFields(formData, ["name", "password", "confirmPassword"]));
  if (!input.success) return { status: "invalid", message: "Check the form.", fieldErrors: fieldErrorsOf(input.error) };
  try {
    await acceptInvitation(getDb(), formField(formData, "token"), input.data);
    return { status: "success", message: "Your account is ready. Sign in with your email and the password you chose." };
  } catch (error) {
    const failure = expectedFailure(error);
    if (failure) return failure;
    console.error("[admin] acceptInvitation failed:", error);
    return { status: "error", message: "Something went wrong on our side. Please try again." };
  }
}
