import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { isUuid } from "../validation/is-uuid";
import { requireOwner } from "./require-owner";

/** Opens the studio again on a closure's days (owners only). */
export async function removeClosure(db: Database, actor: StaffMember, { closureId }: { closureId: string }): Promise<void> {
  requireOwner(actor);
  const removed = isUuid(closureId) ? await db.closure.deleteMany({ where: { id: closureId } }) : { count: 0 };
  if (removed.count === 0) throw new ExpectedError("closure-not-found");
}
