import type { Database } from "../database/create-prisma-client";
import { loadPreferredSlots } from "../inquiries/load-preferred-slots";
import { isUuid } from "../validation/is-uuid";

/**
 * The lead page's record: every field of the inquiry, the times the artist would prefer and who
 * looks after it; null if there is none.
 */
export async function loadLead(db: Database, leadId: string) {
  if (!isUuid(leadId)) return null;
  const [lead, preferredSlots] = await Promise.all([
    db.inquiry.findUnique({
      where: { id: leadId },
      include: { assignee: { select: { id: true, name: true, email: true, role: true, deactivatedAt: true } } },
    }),
    loadPreferredSlots(db, leadId),
  ]);
  return lead && { ...lead, preferredSlots };
}

export type LoadedLead = NonNullable<Awaited<ReturnType<typeof loadLead>>>;
