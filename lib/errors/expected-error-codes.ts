import type { ExpectedErrorKind } from "./expected-error";

/**
 * Every expected refusal the app answers with a message instead of a log entry, by code. A code
 * always has the same kind, so every action and route answers it the same way. `message` is what
 * is shown when the thrower gives none; codes without one are thrown with a message that names
 * this case (the clashing session, the lead's current status…). To add a case, add its code here.
 */
export const EXPECTED_ERRORS = {
  // Roles: domain functions check them again, behind the action's own check.
  "not-owner": { kind: "not-authorized", message: "Only the studio's owner can do this." },
  "password-tries-exhausted": { kind: "rate-limited", message: "Too many password attempts. Wait 15 minutes, then try again." },

  // Leads
  "lead-invalid": { kind: "invalid", message: "Some fields need attention." },
  "lead-not-found": { kind: "not-found", message: "This lead does not exist, or no longer does." },
  "lead-erased": { kind: "not-allowed", message: "This lead's personal data has been erased, so it can no longer be changed." },
  "lead-transition-not-allowed": { kind: "not-allowed" },
  "lead-conflict": { kind: "conflict" },
  "assignee-not-found": { kind: "not-found" },
  "assignee-deactivated": { kind: "not-allowed" },
  "email-not-found": { kind: "not-found", message: "That email is not one of this lead's. Reload to see the latest." },
  "email-not-retryable": { kind: "not-allowed" },

  // Sessions
  "booking-invalid": { kind: "invalid", message: "Some fields need attention." },
  "booking-not-found": { kind: "not-found", message: "This session does not exist, or no longer does." },
  "booking-conflict": { kind: "conflict" },
  "booking-state-conflict": { kind: "conflict" },
  "outside-opening-hours": { kind: "not-allowed" },

  // Inquiries (the form and POST /api/inquiries)
  "inquiry-invalid": { kind: "invalid", message: "Some fields need attention." },
  "inquiry-rate-limited": { kind: "rate-limited" },
  "idempotency-key-reused": { kind: "conflict", message: "This Idempotency-Key was already used for a different inquiry." },

  // The artist's private page
  "artist-link-invalid": { kind: "not-allowed", message: "This link is not valid any more. Please write to us or call, and we will tell you where things stand." },
  "artist-request-invalid": { kind: "invalid", message: "Please check your request." },
  "session-not-askable": { kind: "not-allowed" },
  "artist-rate-limited": { kind: "rate-limited" },

  // Staff accounts and invitations
  "wrong-password": { kind: "not-allowed", message: "Your current password is not right." },
  "account-exists": { kind: "not-allowed" },
  "account-not-found": { kind: "not-found", message: "That account no longer exists." },
  "cannot-deactivate-self": { kind: "not-allowed", message: "You cannot deactivate your own account." },
  "last-owner": { kind: "not-allowed", message: "The studio needs at least one active owner." },
  "invitation-unusable": { kind: "not-allowed", message: "This invitation has expired, was withdrawn or has already been used. Ask the studio's owner for a new one." },
  "invitation-not-sent": { kind: "unavailable" },

  // The studio's setup
  "studio-setup-invalid": { kind: "invalid", message: "Some fields need attention." },
  "room-name-taken": { kind: "invalid", message: "Some fields need attention." },
  "room-not-found": { kind: "not-found", message: "This room no longer exists. Reload to see the rooms." },
  "closure-not-found": { kind: "not-found", message: "This closure was already removed. Reload to see the current closures." },
  "calendar-feed-not-found": { kind: "not-found", message: "This calendar feed no longer exists. Reload to see the feeds." },
  "person-not-found": { kind: "not-found", message: "This person's account no longer exists or was deactivated. Reload to see the studio's people." },

  // Money: settings, proposals, invoices, payments and refunds
  "billing-invalid": { kind: "invalid", message: "Some fields need attention." },
  "billing-conflict": { kind: "conflict" },
  "billing-not-allowed": { kind: "not-allowed" },
  "invoice-not-found": { kind: "not-found", message: "This invoice does not exist, or is not this lead's." },
  "proposal-not-found": { kind: "not-found", message: "This proposal does not exist, or is not this booking's." },
  "payment-not-found": { kind: "not-found", message: "This payment does not exist, or is not this lead's." },
  "payments-unavailable": { kind: "unavailable", message: "Card payment is not available just now. Please try again in a few minutes, or pay by bank transfer." },
} as const satisfies Record<string, { kind: ExpectedErrorKind; message?: string }>;
