import type { Transaction } from "../database/transaction";
import type { Database } from "../database/create-prisma-client";
import { isUuid } from "../validation/is-uuid";
import type { ArtistRequestKind, BookingPricing, BookingStatus, StaffSkill } from "../generated/prisma/client";

export type LeadSession = {
  id: string;
  /** The booking it is a day of. */
  groupId: string;
  status: BookingStatus;
  pricing: BookingPricing;
  startsAt: Date;
  endsAt: Date;
  holdExpiresAt: Date | null;
  outsideHours: boolean;
  updatedAt: Date;
  room: { id: string; name: string; hourlyRateCents: number; dayRateCents: number };
  /** What the artist asked about this session that nobody has acted on yet. */
  openRequests: { id: string; kind: ArtistRequestKind; message: string; createdAt: Date; proposedStartsAt: Date | null; proposedEndsAt: Date | null }[];
  people: { role: StaffSkill; user: { id: string; name: string | null; email: string; hourlyRateCents: number | null; dayRateCents: number | null } }[];
};

/** A lead's sessions, earliest first, with what the lead page and the quote need. */
export async function loadLeadSessions(db: Database | Transaction, leadId: string): Promise<LeadSession[]> {
  if (!isUuid(leadId)) return [];
  const rows = await db.booking.findMany({
    where: { inquiryId: leadId },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      groupId: true,
      status: true,
      pricing: true,
      startsAt: true,
      endsAt: true,
      holdExpiresAt: true,
      outsideHours: true,
      updatedAt: true,
      room: { select: { id: true, name: true, hourlyRateCents: true, dayRateCents: true } },
      artistRequests: { where: { handledAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, message: true, createdAt: true, proposedStartsAt: true, proposedEndsAt: true } },
      people: {
        orderBy: { role: "asc" },
        select: { role: true, user: { select: { id: true, name: true, email: true, hourlyRateCents: true, dayRateCents: true } } },
      },
    },
  });
  return rows.map(({ artistRequests, ...session }) => ({ ...session, openRequests: artistRequests }));
}
