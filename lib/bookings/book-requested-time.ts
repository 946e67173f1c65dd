// "Book this": staff put on hold, in one click, the time the artist asked for with their inquiry
// (stored as the lead's preferred slots) when it was not held as it arrived, or its hold lapsed.
// It is checked against today's rate card, hours and closures like a new request, and held as one
// booking for the studio's usual hold days; a time taken since is refused with what holds it.
import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import type { EmailSettings } from "../inquiries/queue-inquiry-emails";
import { lockLead } from "../leads/lock-lead";
import { checkSessionRequest } from "../session-requests/check-session-request";
import { holdSessionRequest } from "../session-requests/hold-session-request";
import { loadStudioSettings } from "../studio/load-studio-settings";
import { isUuid } from "../validation/is-uuid";
import { describeClash } from "./describe-clash";
import { runBookingTransaction } from "./run-booking-transaction";

/** Holds the lead's requested time; resolves with the new sessions' ids, earliest first. */
export async function bookRequestedTime(db: Database, actor: StaffMember, { leadId, now = new Date() }: { leadId: string; now?: Date }, emailSettings: EmailSettings): Promise<string[]> {
  if (!isUuid(leadId)) throw new ExpectedError("lead-not-found");
  const slots = await db.preferredSlot.findMany({ where: { inquiryId: leadId, roomId: { not: null } }, orderBy: { startsAt: "asc" }, select: { roomId: true, startsAt: true, endsAt: true } });
  if (slots.length === 0) throw new ExpectedError("booking-state-conflict", "The artist asked for no time in a room, so there is nothing to book in one click.");
  const roomId = slots[0]!.roomId!;
  if (slots.some((slot) => slot.roomId !== roomId)) throw new ExpectedError("booking-state-conflict", "The artist asked for times in different rooms: book them with the form below.");
  if (slots[0]!.startsAt <= now) throw new ExpectedError("booking-state-conflict", "The time the artist asked for has begun or passed: book another with the form below.");
  const request = { roomId, blocks: slots.map((slot) => ({ start: slot.startsAt.toISOString(), end: slot.endsAt.toISOString() })) };
  const checked = await checkSessionRequest(db, request, { now }).catch((error: unknown) => {
    // The same words the artist would get, under the button that asked.
    if (error instanceof ExpectedError && error.fieldErrors?.sessionRequest) throw new ExpectedError("booking-state-conflict", error.fieldErrors.sessionRequest.join(" "));
    throw error;
  });
  const { holdDays, timeZone } = await loadStudioSettings(db);

  try {
    return await runBookingTransaction(db, async (tx) => {
      await lockLead(tx, leadId, "share");
      const outcome = await holdSessionRequest(tx, { inquiryId: leadId, request: checked, holdHours: holdDays * 24, now, actorId: actor.id, recordOutcome: false }, emailSettings);
      if (outcome.status !== "HELD") throw TAKEN;
      return outcome.bookingIds!;
    });
  } catch (error) {
    if (error !== TAKEN) throw error;
    const attempts = checked.blocks.map((block) => ({ roomId, userIds: [], startsAt: block.start, endsAt: block.end }));
    throw new ExpectedError("booking-conflict", await describeClash(db, "room", attempts, timeZone));
  }
}

const TAKEN = new Error("the requested time is taken");
