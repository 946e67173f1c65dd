import type { ExpectedFailure } from "../auth/run-staff-action";
import { leadActionFailure } from "../leads/lead-action-failure";
import { BookingConflictError, BookingNotFoundError, BookingStateError, BookingValidationError, OutsideOpeningHoursError } from "./errors";

/** How the session actions report the booking domain's expected refusals (and the lead's) to staff. */
export function bookingActionFailure(error: unknown): ExpectedFailure | null {
  if (error instanceof BookingValidationError) return { status: "invalid", message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof BookingConflictError || error instanceof BookingStateError) return { status: "conflict", message: error.message };
  if (error instanceof OutsideOpeningHoursError || error instanceof BookingNotFoundError) return { status: "error", message: error.message };
  return leadActionFailure(error);
}
