import { NotAuthorizedError } from "../auth/errors";
import type { ExpectedFailure } from "../auth/run-staff-action";
import { StudioSetupError } from "./errors";

/**
 * How the settings actions report the setup's expected refusals. Several forms of one kind share
 * the page (one per room, one per person), so their fields' ids carry a prefix; the field errors
 * are keyed the same way, so the error links lead to the right form's field.
 */
export function studioSetupFailure(error: unknown, fieldIdPrefix = ""): ExpectedFailure | null {
  if (error instanceof NotAuthorizedError) return { status: "refused", message: error.message };
  if (!(error instanceof StudioSetupError)) return null;
  if (!error.fieldErrors) return { status: "error", message: error.message };
  const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, messages]) => [`${fieldIdPrefix}${field}`, messages]));
  return { status: "invalid", message: error.message, fieldErrors };
}
