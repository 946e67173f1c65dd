import type { Database } from "../database/create-prisma-client";
import { isUuid } from "../validation/is-uuid";
import { loadLeadSessions, type LeadSession } from "./load-lead-sessions";

export type LeadBooking = {
  id: string;
  /** Its days, earliest first. */
  sessions: LeadSession[];
  /** What the artist asked about the booking as a whole that nobody has acted on yet. */
  openRequests: LeadSession["openRequests"];
};

/** A lead's sessions as its bookings (each with its days), earliest first. */
export async function loadLeadBookings(db: Database, leadId: string): Promise<LeadBooking[]> {
  const [sessions, requests] = await Promise.all([
    loadLeadSessions(db, leadId),
    isUuid(leadId)
      ? db.artistRequest.findMany({ where: { inquiryId: leadId, bookingId: null, handledAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, groupId: true, kind: true, message: true, createdAt: true, proposedStartsAt: true, proposedEndsAt: true } })
      : [],
  ]);
  const bookings = new Map<string, LeadBooking>();
  for (const session of sessions) {
    const booking = bookings.get(session.groupId) ?? { id: session.groupId, sessions: [], openRequests: [] };
    booking.sessions.push(session);
    bookings.set(session.groupId, booking);
  }
  for (const { groupId, ...request } of requests) bookings.get(groupId)?.openRequests.push(request);
  return [...bookings.values()];
}
