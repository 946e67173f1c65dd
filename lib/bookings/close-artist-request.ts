// Staff mark an artist's request as dealt with when they answered it some other way (by email,
// by phone, by moving the days one by one): it leaves the lead page and the artist's page.
import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { isUuid } from "../validation/is-uuid";

export async function closeArtistRequest(db: Database, actor: StaffMember, { leadId, requestId, now = new Date() }: { leadId: string; requestId: string; now?: Date }): Promise<void> {
  if (!isUuid(leadId) || !isUuid(requestId)) throw new ExpectedError("booking-not-found");
  const { count } = await db.artistRequest.updateMany({ where: { id: requestId, inquiryId: leadId, handledAt: null }, data: { handledAt: now, handledById: actor.id } });
  if (count === 0) throw new ExpectedError("booking-state-conflict", "This request has been dealt with already.");
}
