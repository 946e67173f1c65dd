/** A staff session lasts 12 hours from the last request that used it... */
export const SESSION_IDLE_HOURS = 12;
/** ...and never longer than this from the sign-in itself: staying busy does not keep it alive for ever. */
export const SESSION_MAX_DAYS = 7;

/** Thrown from next-auth's jwt callback; next-auth then clears the cookie and the visitor signs in again. */
export class SessionTooOldError extends Error {
  name = "SessionTooOldError";
  constructor() {
    super(`The session is older than ${SESSION_MAX_DAYS} days; sign in again.`);
  }
}

/** When the session signed in (ms since the epoch), or throws when that is longer ago than the cap. */
export function checkSessionAge(signedInAt: number | undefined, now = Date.now()): number {
  // A token issued before the cap existed carries no sign-in time: its clock starts now.
  const since = typeof signedInAt === "number" && Number.isFinite(signedInAt) ? signedInAt : now;
  if (now - since > SESSION_MAX_DAYS * 86_400_000) throw new SessionTooOldError();
  return since;
}
