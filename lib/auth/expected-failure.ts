import { ExpectedError, type ExpectedErrorKind } from "../errors/expected-error";
import type { AdminActionState } from "./admin-action-state";

type FailureStatus = Exclude<AdminActionState["status"], "idle" | "success">;

/** What staff are answered for each kind of expected refusal; only `invalid` carries field errors. */
const STATUS_FOR: Record<ExpectedErrorKind, FailureStatus> = {
  invalid: "invalid",
  conflict: "conflict",
  "not-authorized": "refused",
  // As the public forms answer it: not a fault, and nothing to correct.
  "rate-limited": "refused",
  "not-found": "error",
  "not-allowed": "error",
  unavailable: "error",
};

/**
 * The admin action answer for an expected refusal, or null for anything else (which the caller
 * logs). Several forms of one kind can share a page (one per room, one per person), so their
 * fields' ids carry a prefix; field errors are keyed the same way, so the error links lead to the
 * right form's field.
 */
export function expectedFailure(error: unknown, fieldIdPrefix = ""): AdminActionState | null {
  if (!(error instanceof ExpectedError)) return null;
  const status = STATUS_FOR[error.kind];
  if (status !== "invalid") return { status, message: error.message };
  const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors ?? {}).map(([field, messages]) => [`${fieldIdPrefix}${field}`, messages]));
  return { status, message: error.message, fieldErrors };
}
