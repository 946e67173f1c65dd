import type { StaffMember } from "../auth/staff-member";
import type { Database } from "../database/create-prisma-client";
import { ExpectedError } from "../errors/expected-error";
import { addDays, wallClockToInstant } from "../time/zoned-time";
import { formatStudioRange } from "../time/format-studio-time";
import type { ClosureView } from "./list-closures";
import { parseStudioInput } from "./parse-studio-input";
import { requireOwner } from "./require-owner";
import { closureSchema } from "./studio-settings-schemas";

export type ClosureInput = { startsOn: unknown; endsOn: unknown; reason: unknown; keepSessions?: boolean };

const LISTED = 5;

/**
 * Shuts the studio from `startsOn` to `endsOn` inclusive, dates in the studio's zone (owners
 * only). Live sessions already booked on those days are listed, and the closure is refused until
 * the owner moves or cancels them, or says they stay (`keepSessions`): a closure never hides a
 * booking by surprise.
 */
export async function addClosure(db: Database, actor: StaffMember, input: ClosureInput): Promise<ClosureView> {
  requireOwner(actor);
  const { startsOn, endsOn, reason } = parseStudioInput(closureSchema, input);
  if (!input.keepSessions) {
    const { timeZone } = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } });
    const clashes = await db.booking.findMany({
      where: { status: { in: ["HOLD", "CONFIRMED"] }, startsAt: { lt: wallClockToInstant(addDays(endsOn, 1), 0, timeZone) }, endsAt: { gt: wallClockToInstant(startsOn, 0, timeZone) } },
      orderBy: { startsAt: "asc" },
      select: { startsAt: true, endsAt: true, room: { select: { name: true } }, inquiry: { select: { reference: true } } },
    });
    if (clashes.length > 0) {
      const listed = clashes.slice(0, LISTED).map((session) => `${formatStudioRange(session.startsAt, session.endsAt, timeZone)}, ${session.room.name} (${session.inquiry.reference})`);
      const more = clashes.length > LISTED ? `; and ${clashes.length - LISTED} more` : "";
      const message = `${clashes.length === 1 ? "A live session falls" : `${clashes.length} live sessions fall`} on those days: ${listed.join("; ")}${more}. Move or cancel ${clashes.length === 1 ? "it" : "them"} first, or tick "Keep any sessions already booked" to close anyway.`;
      throw new ExpectedError("studio-setup-invalid", message, { fieldErrors: { keepSessions: [message] } });
    }
  }
  const { id } = await db.closure.create({
    data: { startsOn: new Date(`${startsOn}T00:00:00Z`), endsOn: new Date(`${endsOn}T00:00:00Z`), reason },
    select: { id: true },
  });
  return { id, startsOn, endsOn, reason };
}
