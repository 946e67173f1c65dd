import "server-only";
import type { StaffRole } from "../generated/prisma/client";
import type { AdminActionState } from "./admin-action-state";
import { expectedFailure } from "./expected-failure";
import { isFormData, UNREADABLE_FORM } from "./form-fields";
import { getStaffMember } from "./get-staff-member";
import { hasRole, type StaffMember } from "./staff-member";

export type StaffActionOptions = {
  /** This form's field-id prefix, for a page with several forms of one kind (see expectedFailure); asked for only once the action has failed. */
  fieldIdPrefix?: () => string;
};

/**
 * Every admin server action runs through here: first the session and role check (before the
 * input is even looked at), then a check that the input is a submitted form (anyone can call an
 * action with any arguments; what is not a form gets the same calm refusal as a bad field, and is
 * no fault of ours to log), then the action. An ExpectedError is answered with its message (see
 * expectedFailure); anything else is logged with context and answered calmly.
 * `formData` is null for an action that reads no form.
 */
export async function runStaffAction(
  name: string,
  role: StaffRole,
  formData: FormData | null,
  run: (member: StaffMember) => Promise<AdminActionState>,
  { fieldIdPrefix }: StaffActionOptions = {},
): Promise<AdminActionState> {
  const member = await getStaffMember();
  if (!member) return { status: "refused", message: "Your session has ended. Sign in again to continue." };
  if (!hasRole(member, role)) return { status: "refused", message: "Only the studio's owner can do this." };
  if (formData !== null && !isFormData(formData)) return { status: "invalid", message: UNREADABLE_FORM, fieldErrors: {} };
  try {
    return await run(member);
  } catch (error) {
    const failure = expectedFailure(error, fieldIdPrefix?.());
    if (failure) return failure;
    console.error(`[admin] ${name} failed for ${member.id}:`, error);
    return { status: "error", message: "Something went wrong on our side and nothing was changed. Please try again." };
  }
}
