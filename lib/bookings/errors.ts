// Expected refusals of the booking actions. Their messages may be shown to the staff member.

export type BookingFieldErrors = Partial<Record<string, string[]>>;

/** The room or a person is already in a live session at that time. Names the clashing session. */
export class BookingConflictError extends Error {
  name = "BookingConflictError";
}

/** The session falls outside opening hours or on a closure, and no owner overrode that. */
export class OutsideOpeningHoursError extends Error {
  name = "OutsideOpeningHoursError";
}

export class BookingNotFoundError extends Error {
  name = "BookingNotFoundError";
  constructor(message = "This session does not exist, or no longer does.") {
    super(message);
  }
}

/** The session is not in a state that allows this (already cancelled, expired, confirmed…). */
export class BookingStateError extends Error {
  name = "BookingStateError";
}

export class BookingValidationError extends Error {
  name = "BookingValidationError";
  constructor(readonly fieldErrors: BookingFieldErrors) {
    super("Some fields need attention.");
  }
}
