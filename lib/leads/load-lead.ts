import type { Database } from "../database/create-prisma-client";
import { isUuid } from "./is-uuid";

/** The lead page's record: every field of the inquiry and who looks after it; null if there is none. */
export async function loadLead(db: Database, leadId: string) {
  if (!isUuid(leadId)) return null;
  return db.inquiry.findUnique({
    where: { id: leadId },
    include: { assignee: { select: { id: true, name: true, email: true, role: true, deactivatedAt: true } } },
  });
}

export type LoadedLead = NonNullable<Awaited<ReturnType<typeof loadLead>>>;
