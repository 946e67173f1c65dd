import { hasRole, type StaffMember } from "../auth/staff-member";
import { ExpectedError } from "../errors/expected-error";

/**
 * The studio's setup is the owners' alone. Checked again here, not only by the page and the
 * action, so that a forgotten check there is not the only line of defence.
 */
export function requireOwner(actor: StaffMember): void {
  if (!hasRole(actor, "OWNER")) throw new ExpectedError("not-owner");
}
