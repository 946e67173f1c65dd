import "server-only";
import type { StaffRole } from "../generated/prisma/client";
import type { AdminActionState } from "./admin-action-state";
import { isFormData, UNREADABLE_FORM } from "./form-fields";
import { getStaffMember } from "./get-staff-member";
import { hasRole, type StaffMember } from "./staff-member";

/** An expected failure an action may report to staff as is; anything else is logged. */
export type ExpectedFailure = { status: "invalid" | "conflict" | "error" | "refused"; message: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * Every admin server action runs through here: first the session and role check (before the
 * input is even looked at), then a check that the input is a submitted form (anyone can call an
 * action with any arguments; what is not a form gets the same calm refusal as a bad field, and is
 * no fault of ours to log), then the action. Errors the action recognises through `expected` are
 * answered with their message; anything else is logged with context and answered calmly.
 * `formData` is null for an action that reads no form.
 */
export async function runStaffAction(
  name: string,
  role: StaffRole,
  formData: FormData | null,
  run: (member: StaffMember) => Promise<AdminActionState>,
  expected: (error: unknown) => ExpectedFailure | null = () => null,
): Promise<AdminActionState> {
  const member = await getStaffMember();
  if (!member) return { status: "refused", message: "Your session has ended. Sign in again to continue." };
  if (!hasRole(member, role)) return { status: "refused", message: "Only the studio's owner can do this." };
  if (formData !== null && !isFormData(formData)) return { status: "invalid", message: UNREADABLE_FORM, fieldErrors: {} };
  try {
    return await run(member);
  } catch (error) {
    const failure = expected(error);
    if (failure) return failure.status === "invalid" ? { status: "invalid", message: failure.message, fieldErrors: failure.fieldErrors ?? {} } : { status: failure.status, message: failure.message };
    console.error(`[admin] ${name} failed for ${member.id}:`, error);
    return { status: "error", message: "Something went wrong on our side and nothing was changed. Please try again." };
  }
}
