// The one type for refusals the app expects: what the caller sent or asked for cannot be done, and
// the message says why in words fit to show them. Anything else that is thrown is a fault: it is
// logged with context and answered with a calm generic message. Actions and route handlers decide
// how to answer from `kind`; `code` tells the cases apart (in tests, and where a caller treats one
// case differently, such as the inquiry form retrying a reused key).
import { EXPECTED_ERRORS } from "./expected-error-codes";

/**
 * - `invalid`: what was sent needs correcting; `fieldErrors` say where, when a field is to blame.
 * - `conflict`: something changed or was taken first (another person's edit, a clashing session,
 *   a key already used with another body).
 * - `not-found`: what was named does not exist, or no longer does.
 * - `not-allowed`: the studio's rules do not allow this now, whoever asks.
 * - `not-authorized`: the signed-in person's role does not allow this.
 * - `rate-limited`: too many of these in a short time; `retryAfterSeconds` says when to try again.
 * - `unavailable`: something the app depends on failed; trying again later may work.
 */
export type ExpectedErrorKind = "invalid" | "conflict" | "not-found" | "not-allowed" | "not-authorized" | "rate-limited" | "unavailable";

export type ExpectedErrorCode = keyof typeof EXPECTED_ERRORS;

/** Messages by field name (or by a form's field id, once an action has prefixed them). */
export type FieldErrors = Record<string, string[] | undefined>;

export type ExpectedErrorDetails = { fieldErrors?: FieldErrors; retryAfterSeconds?: number; cause?: unknown };

type CodeWithDefaultMessage = { [Code in ExpectedErrorCode]: (typeof EXPECTED_ERRORS)[Code] extends { message: string } ? Code : never }[ExpectedErrorCode];

export class ExpectedError extends Error {
  name = "ExpectedError";
  readonly kind: ExpectedErrorKind;
  readonly fieldErrors?: FieldErrors;
  readonly retryAfterSeconds?: number;

  constructor(code: CodeWithDefaultMessage, details?: ExpectedErrorDetails);
  constructor(code: ExpectedErrorCode, message: string, details?: ExpectedErrorDetails);
  constructor(
    readonly code: ExpectedErrorCode,
    messageOrDetails?: string | ExpectedErrorDetails,
    details: ExpectedErrorDetails = {},
  ) {
    const entry: { kind: ExpectedErrorKind; message?: string } = EXPECTED_ERRORS[code];
    const { fieldErrors, retryAfterSeconds, cause } = typeof messageOrDetails === "object" ? messageOrDetails : details;
    super(typeof messageOrDetails === "string" ? messageOrDetails : (entry.message ?? code), { cause });
    this.kind = entry.kind;
    this.fieldErrors = fieldErrors;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Whether `error` is an expected refusal, and (given codes) one of those cases. */
export function isExpectedError(error: unknown, ...codes: ExpectedErrorCode[]): error is ExpectedError {
  return error instanceof ExpectedError && (codes.length === 0 || codes.includes(error.code));
}
