import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import type { ClosureView } from "./list-closures";
import { parseStudioInput } from "./parse-studio-input";
import { requireOwner } from "./require-owner";
import { closureSchema } from "./studio-settings-schemas";

export type ClosureInput = { startsOn: unknown; endsOn: unknown; reason: unknown };

/**
 * Shuts the studio from `startsOn` to `endsOn` inclusive, dates in the studio's zone (owners
 * only). Sessions already booked on those days stay: the owner moves or cancels them.
 */
export async function addClosure(db: Database, actor: StaffMember, input: ClosureInput): Promise<ClosureView> {
  requireOwner(actor);
  const { startsOn, endsOn, reason } = parseStudioInput(closureSchema, input);
  const { id } = await db.closure.create({
    data: { startsOn: new Date(`${startsOn}T00:00:00Z`), endsOn: new Date(`${endsOn}T00:00:00Z`), reason },
    select: { id: true },
  });
  return { id, startsOn, endsOn, reason };
}
