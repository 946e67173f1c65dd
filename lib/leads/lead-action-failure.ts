import { NotAuthorizedError } from "../auth/errors";
import type { ExpectedFailure } from "../auth/run-staff-action";
import { EmailRetryError, LeadAssigneeError, LeadConflictError, LeadErasedError, LeadNotFoundError, LeadTransitionError, LeadValidationError } from "./errors";

/** How the lead actions report the lead domain's expected refusals to staff. */
export function leadActionFailure(error: unknown): ExpectedFailure | null {
  if (error instanceof LeadValidationError) return { status: "invalid", message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof LeadConflictError) return { status: "conflict", message: error.message };
  if (error instanceof NotAuthorizedError) return { status: "refused", message: error.message };
  const expected = [LeadNotFoundError, LeadErasedError, LeadTransitionError, LeadAssigneeError, EmailRetryError];
  if (expected.some((kind) => error instanceof kind)) return { status: "error", message: (error as Error).message };
  return null;
}
