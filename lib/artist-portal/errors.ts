// Expected refusals on the artist's private page. Their messages may be shown to the artist;
// anything else that goes wrong is logged and answered with a generic message.

export type ArtistRequestFieldErrors = Partial<Record<"kind" | "message" | "bookingId", string[]>>;

/** The link is not one the studio signed, has expired, or its inquiry is gone or erased. */
export class ArtistLinkError extends Error {
  name = "ArtistLinkError";
  constructor() {
    super("This link is not valid any more. Please write to us or call, and we will tell you where things stand.");
  }
}

export class ArtistRequestValidationError extends Error {
  name = "ArtistRequestValidationError";
  constructor(readonly fieldErrors: ArtistRequestFieldErrors) {
    super("Please check your request.");
  }
}

/** The session is not this inquiry's, or is no longer live (cancelled, expired), so there is nothing to ask. */
export class SessionNotAskableError extends Error {
  name = "SessionNotAskableError";
}

export class ArtistRateLimitedError extends Error {
  name = "ArtistRateLimitedError";
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`We have received several requests from this page in a short time. Please try again in about ${minutes} minute${minutes === 1 ? "" : "s"}, or email us.`);
  }
}
