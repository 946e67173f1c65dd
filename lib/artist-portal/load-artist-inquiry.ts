import type { Database } from "../database/create-prisma-client";
import { PREFERRED_SLOTS_QUERY, preferredSlotView, type PreferredSlotView } from "../inquiries/load-preferred-slots";
import type { ArtistRequestKind, InquiryStatus, ProjectType, RoleNeeded, SessionRequestStatus } from "../generated/prisma/client";
import { loadStudioSettings } from "../studio/load-studio-settings";
import { isLiveSession } from "./is-live-session";

export type ArtistSession = {
  id: string;
  /** The booking it is a day of. */
  groupId: string;
  roomId: string;
  pricing: "HOURLY" | "DAY";
  status: "HOLD" | "CONFIRMED" | "CANCELLED";
  startsAt: Date;
  endsAt: Date;
  roomName: string;
  /** For a hold: when it lapses unless the studio confirms it. */
  holdExpiresAt: Date | null;
  /** Staff names as the studio set them; never their addresses or rates. */
  engineer: string | null;
  producer: string | null;
  /** What the artist asked about this session (or its whole booking) that the studio has not dealt with yet. */
  openRequests: { kind: ArtistRequestKind; createdAt: Date; wholeBooking: boolean; proposedStartsAt: Date | null; proposedEndsAt: Date | null }[];
  /** How many live days its booking has (this one included): with more than one, a request can name them all. */
  liveDaysInBooking: number;
};

export type ArtistInquiryView = {
  id: string;
  reference: string;
  status: InquiryStatus;
  roleNeeded: RoleNeeded;
  projectType: ProjectType | null;
  timeZone: string;
  sessions: ArtistSession[];
  /** The times they asked for with the inquiry, and what became of them (null: preferences only, or none). */
  requested: { times: PreferredSlotView[]; outcome: SessionRequestStatus | null };
};

/**
 * What the artist's page shows for an inquiry: only what the artist told us or needs to know,
 * never notes, staff addresses or prices. Null for an unknown or erased inquiry.
 */
export async function loadArtistInquiry(db: Database, inquiryId: string, now = new Date()): Promise<ArtistInquiryView | null> {
  const inquiry = await db.inquiry.findUnique({
    where: { id: inquiryId },
    select: {
      id: true,
      reference: true,
      status: true,
      roleNeeded: true,
      projectType: true,
      erasedAt: true,
      sessionRequestStatus: true,
      preferredSlots: PREFERRED_SLOTS_QUERY,
      bookings: {
        where: { status: { not: "EXPIRED" } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          groupId: true,
          roomId: true,
          pricing: true,
          status: true,
          startsAt: true,
          endsAt: true,
          holdExpiresAt: true,
          room: { select: { name: true } },
          group: { select: { artistRequests: { where: { handledAt: null, bookingId: null }, orderBy: { createdAt: "asc" }, select: { kind: true, createdAt: true, proposedStartsAt: true, proposedEndsAt: true } } } },
          people: { select: { role: true, user: { select: { name: true } } } },
          artistRequests: { where: { handledAt: null }, orderBy: { createdAt: "asc" }, select: { kind: true, createdAt: true, proposedStartsAt: true, proposedEndsAt: true } },
        },
      },
    },
  });
  if (!inquiry || inquiry.erasedAt) return null;
  const { timeZone } = await loadStudioSettings(db);
  const person = (people: { role: string; user: { name: string | null } }[], role: string) => {
    const found = people.find((candidate) => candidate.role === role);
    return found ? found.user.name || "Someone from the studio" : null;
  };
  const shown = inquiry.bookings.filter((booking) => booking.status === "CANCELLED" || isLiveSession(booking, now));
  const liveDays = new Map<string, number>();
  for (const booking of shown) if (booking.status !== "CANCELLED") liveDays.set(booking.groupId, (liveDays.get(booking.groupId) ?? 0) + 1);
  const sessions = shown
    .map((booking) => ({
      id: booking.id,
      groupId: booking.groupId,
      roomId: booking.roomId,
      pricing: booking.pricing,
      status: booking.status as ArtistSession["status"],
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      roomName: booking.room.name,
      holdExpiresAt: booking.status === "HOLD" ? booking.holdExpiresAt : null,
      engineer: person(booking.people, "ENGINEER"),
      producer: person(booking.people, "PRODUCER"),
      openRequests:
        booking.status === "CANCELLED"
          ? []
          : [...booking.artistRequests.map((request) => ({ ...request, wholeBooking: false })), ...booking.group.artistRequests.map((request) => ({ ...request, wholeBooking: true }))],
      liveDaysInBooking: liveDays.get(booking.groupId) ?? 0,
    }));
  const requested = inquiry.preferredSlots.map((slot) => preferredSlotView(slot, timeZone));
  return {
    id: inquiry.id,
    reference: inquiry.reference,
    status: inquiry.status,
    roleNeeded: inquiry.roleNeeded,
    projectType: inquiry.projectType,
    timeZone,
    sessions,
    requested: { times: requested, outcome: inquiry.sessionRequestStatus },
  };
}
