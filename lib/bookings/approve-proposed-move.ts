// The studio approves, with one click, an artist's request to move a session to a free time
// they picked on their page: the move a staff member would make by hand, checked the same way
// (opening hours, clashes), which answers the request.
import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { loadStudioSettings } from "../studio/load-studio-settings";
import { formatMinutes, instantToWallClock } from "../time/zoned-time";
import { isUuid } from "../validation/is-uuid";
import { moveSession } from "./move-session";

export async function approveProposedMove(db: Database, actor: StaffMember, { leadId, requestId, now = new Date() }: { leadId: string; requestId: string; now?: Date }, emailSettings: EmailSettings): Promise<void> {
  if (!isUuid(leadId) || !isUuid(requestId)) throw new ExpectedError("booking-not-found");
  const request = await db.artistRequest.findFirst({
    where: { id: requestId, inquiryId: leadId, kind: "MOVE" },
    select: { handledAt: true, proposedStartsAt: true, proposedEndsAt: true, booking: { select: { id: true, roomId: true, pricing: true, updatedAt: true } } },
  });
  if (!request?.booking || !request.proposedStartsAt || !request.proposedEndsAt) throw new ExpectedError("booking-not-found");
  if (request.handledAt) throw new ExpectedError("booking-state-conflict", "This request has been dealt with already.");
  const { timeZone } = await loadStudioSettings(db);
  const start = instantToWallClock(request.proposedStartsAt, timeZone);
  const end = instantToWallClock(request.proposedEndsAt, timeZone);
  const { booking } = request;
  await moveSession(
    db,
    actor,
    leadId,
    {
      bookingId: booking.id,
      // Approving is a decision about the session as it is now: a change since is the move's to check.
      version: booking.updatedAt.toISOString(),
      roomId: booking.roomId,
      dates: [start.date],
      startTime: formatMinutes(start.minutes),
      endTime: formatMinutes(end.minutes),
      wholeDay: booking.pricing === "DAY",
      overrideHours: false,
    },
    { now, emailSettings },
  );
}
