// Expected outcomes of submitting an inquiry that are not a success. Their messages may be shown
// to the artist; anything else that goes wrong is logged and answered with a generic message.
import type { FieldErrors } from "./inquiry-schema";

export class InquiryValidationError extends Error {
  name = "InquiryValidationError";
  constructor(readonly fieldErrors: FieldErrors) {
    super("Some fields need attention.");
  }
}

export class RateLimitedError extends Error {
  name = "RateLimitedError";
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`We have received several inquiries from you in a short time. Please try again in about ${minutes} minute${minutes === 1 ? "" : "s"}, or email us directly.`);
  }
}

export class IdempotencyConflictError extends Error {
  name = "IdempotencyConflictError";
  constructor() {
    super("This Idempotency-Key was already used for a different inquiry.");
  }
}
