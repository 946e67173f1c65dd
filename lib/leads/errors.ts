// Expected refusals of the lead actions. Their messages may be shown to the signed-in staff
// member; anything else that goes wrong is logged and answered with a generic message.
import type { InquiryStatus } from "../generated/prisma/client";
import { inquiryStatusLabel } from "../inquiries/labels";

export type LeadFieldErrors = Partial<Record<string, string[]>>;

export class LeadNotFoundError extends Error {
  name = "LeadNotFoundError";
  constructor(message = "This lead does not exist, or no longer does.") {
    super(message);
  }
}

/** The artist's personal data was erased; the lead stays for the record but takes no more work. */
export class LeadErasedError extends Error {
  name = "LeadErasedError";
  constructor(message = "This lead's personal data has been erased, so it can no longer be changed.") {
    super(message);
  }
}

/** The move is not in the pipeline (lead-status-transitions.ts). */
export class LeadTransitionError extends Error {
  name = "LeadTransitionError";
  constructor(
    readonly from: InquiryStatus,
    readonly to: InquiryStatus,
  ) {
    super(`A lead that is ${label(from)} cannot be moved to ${label(to)}.`);
  }
}

/** Someone else changed the lead between the page being shown and this change arriving. */
export class LeadConflictError extends Error {
  name = "LeadConflictError";
}

export class LeadValidationError extends Error {
  name = "LeadValidationError";
  constructor(readonly fieldErrors: LeadFieldErrors) {
    super("Some fields need attention.");
  }
}

/** The chosen staff member cannot be given leads (deactivated, or no longer exists). */
export class LeadAssigneeError extends Error {
  name = "LeadAssigneeError";
}

/** The email is not one that can be retried (sent already, still being tried, or not this lead's). */
export class EmailRetryError extends Error {
  name = "EmailRetryError";
}

// A status from a form may be anything; never print "undefined" (or a prototype's property).
function label(status: string): string {
  return Object.hasOwn(inquiryStatusLabel, status) ? inquiryStatusLabel[status as InquiryStatus] : `"${String(status).slice(0, 20)}"`;
}
