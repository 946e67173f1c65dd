/**
 * A staff email as every sign-in path reads it: the same canonical form for the password check,
 * the email link (next-auth's `normalizeIdentifier`), the account lookup and the throttle, so an
 * attempt is always counted against the account it is actually trying. Staff addresses are
 * stored this way too.
 */
export function normalizeStaffEmail(value: unknown): string {
  return typeof value === "string" ? value.normalize("NFKC").trim().toLowerCase() : "";
}
