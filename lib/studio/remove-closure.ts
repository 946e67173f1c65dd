import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { isUuid } from "../leads/is-uuid";
import { StudioSetupError } from "./errors";
import { requireOwner } from "./require-owner";

/** Opens the studio again on a closure's days (owners only). */
export async function removeClosure(db: Database, actor: StaffMember, { closureId }: { closureId: string }): Promise<void> {
  requireOwner(actor);
  const removed = isUuid(closureId) ? await db.closure.deleteMany({ where: { id: closureId } }) : { count: 0 };
  if (removed.count === 0) throw new StudioSetupError("This closure was already removed. Reload to see the current closures.");
}
