// A session request measured against the studio's rules before anything is stored: the room is
// bookable, every block falls on an open day, within opening hours, and is one of the room's
// offers (rate-card/offer-blocks.ts). Whether the time is still free is not checked here: that
// is the hold's to find out, and a taken time is stored as UNAVAILABLE, not refused.
import { readAvailabilityInputs } from "../availability/read-availability-inputs";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { datesInRuns, matchOffer, planDay, type Offer } from "../rate-card/offer-blocks";
import { formatMinutes, instantToWallClock, addDays, weekdayOf, type LocalDate } from "../time/zoned-time";
import { formatStudioRange } from "../time/format-studio-time";
import { blockLabel, type SessionRequest } from "./session-request-schema";

export type CheckedBlock = { start: Date; end: Date; date: LocalDate; offer: Offer };
export type CheckedSessionRequest = {
  roomId: string;
  roomName: string;
  timeZone: string;
  currency: string;
  blocks: CheckedBlock[];
  /** The studio's setting: held for this many hours at once, or null when holding is off. */
  holdHours: number | null;
};

const DAY_MS = 86_400_000;

export async function checkSessionRequest(db: Database, request: SessionRequest, { now }: { now: Date }): Promise<CheckedSessionRequest> {
  const starts = request.blocks.map((block) => Date.parse(block.start));
  const ends = request.blocks.map((block) => Date.parse(block.end));
  const first = new Date(Math.min(...starts));
  const last = new Date(Math.max(...ends));
  const inputs = await readAvailabilityInputs(db, {
    from: addDays(first.toISOString().slice(0, 10), -2),
    to: addDays(last.toISOString().slice(0, 10), 2),
    startsAt: new Date(first.getTime() - DAY_MS),
    endsAt: new Date(last.getTime() + DAY_MS),
    now,
  });
  const room = inputs.rooms.find((candidate) => candidate.id === request.roomId);
  if (!room) throw refused(["This room cannot be booked (it may have been retired); pick a room on the calendar again"]);

  const { timeZone, closures, openingHours, currency } = inputs;
  const problems: string[] = [];
  const blocks: CheckedBlock[] = [];
  request.blocks.forEach((requested, index) => {
    const label = blockLabel(index, request.blocks.length);
    const block = { start: new Date(requested.start), end: new Date(requested.end) };
    const when = formatStudioRange(block.start, block.end, timeZone);
    const { date } = instantToWallClock(block.start, timeZone);
    if (closures.some((closure) => closure.startsOn <= date && date <= closure.endsOn)) return problems.push(`${label} (${when}) is on a day the studio is closed`);
    const hours = openingHours.find((row) => row.weekday === weekdayOf(date));
    if (!hours) return problems.push(`${label} (${when}) is on a day the studio is closed`);
    const plan = planDay(date, hours, timeZone);
    const offer = matchOffer(block, plan, room.offers, timeZone);
    if (offer) return blocks.push({ ...block, date, offer });
    const within = block.start.getTime() >= plan.slots[0]!.startsAt.getTime() && block.end.getTime() <= plan.slots.at(-1)!.endsAt.getTime();
    problems.push(
      within
        ? `${label} (${when}) is not a session ${room.name} offers: choose ${describeOffers(room.offers)}`
        : `${label} (${when}) is outside opening hours (${formatMinutes(hours.opensAt)}–${formatMinutes(hours.closesAt)} that day)`,
    );
  });
  // A day that is a lockout day (the room sells no single full day) must be one of a long enough run.
  const lockout = room.offers.find((offer) => offer.kind === "LOCKOUT");
  const lockoutDays = [...new Set(blocks.filter((block) => block.offer.kind === "LOCKOUT").map((block) => block.date))].sort();
  const inRuns = datesInRuns(lockoutDays, lockout?.minDays ?? 1);
  const lone = lockoutDays.filter((date) => !inRuns.has(date));
  if (lone.length > 0) problems.push(`${room.name} books whole days as a lockout of at least ${lockout!.minDays} days in a row; add the days around ${lone.join(", ")} or choose another kind of session`);
  if (problems.length > 0) throw refused(problems);
  const holdHours = inputs.holdRequestedTime ? inputs.requestHoldHours : null;
  return { roomId: room.id, roomName: room.name, timeZone, currency, blocks, holdHours };
}

function describeOffers(offers: Offer[]): string {
  const names = offers.map((offer) => {
    if (offer.kind === "HOURLY") return `whole hours (at least ${offer.minHours})`;
    if (offer.kind === "HALF_DAY") return `a half day from ${offer.startTimes.map(formatMinutes).join(" or ")}`;
    if (offer.kind === "FULL_DAY") return "a full day";
    return null;
  });
  const list = names.filter((name): name is string => name !== null);
  return list.length > 1 ? `${list.slice(0, -1).join(", ")} or ${list.at(-1)}` : (list[0] ?? "another room");
}

function refused(messages: string[]): ExpectedError {
  return new ExpectedError("inquiry-invalid", { fieldErrors: { sessionRequest: messages } });
}
