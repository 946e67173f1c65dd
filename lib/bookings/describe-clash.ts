import type { Database } from "../database/create-prisma-client";
import { formatStudioRange } from "../time/format-studio-time";
import type { ClashKind } from "./exclusion-violation";

export type AttemptedSession = { roomId: string; userIds: string[]; startsAt: Date; endsAt: Date };

const STATUS_WORDS = { HOLD: "hold", CONFIRMED: "confirmed session" } as const;

/**
 * The message for a refused booking, naming the live session it clashes with: which room or
 * person, when, and for which lead. Read after the refused transaction has rolled back.
 */
export async function describeClash(db: Database, kind: ClashKind, attempts: AttemptedSession[], timeZone: string, exclude: string | string[] = []): Promise<string> {
  // The sessions being moved, whose old times do not count.
  const excluded = typeof exclude === "string" ? [exclude] : exclude;
  for (const attempt of attempts) {
    const clash = await db.booking.findFirst({
      where: {
        id: excluded.length > 0 ? { notIn: excluded } : undefined,
        status: { in: ["HOLD", "CONFIRMED"] },
        startsAt: { lt: attempt.endsAt },
        endsAt: { gt: attempt.startsAt },
        ...(kind === "room" ? { roomId: attempt.roomId } : { people: { some: { userId: { in: attempt.userIds } } } }),
      },
      orderBy: { startsAt: "asc" },
      select: {
        status: true,
        startsAt: true,
        endsAt: true,
        room: { select: { name: true } },
        inquiry: { select: { reference: true } },
        people: { where: { userId: { in: attempt.userIds } }, select: { user: { select: { name: true, email: true } } } },
      },
    });
    if (!clash) continue;
    const when = formatStudioRange(clash.startsAt, clash.endsAt, timeZone);
    const what = `${clash.inquiry.reference}'s ${STATUS_WORDS[clash.status as keyof typeof STATUS_WORDS] ?? "session"} in ${clash.room.name} (${when})`;
    if (kind === "room") return `${clash.room.name} is already booked then: it clashes with ${what}.`;
    const person = clash.people[0]?.user;
    return `${person?.name || person?.email || "Someone on this session"} is already booked then: it clashes with ${what}.`;
  }
  return "That time was taken by another session a moment ago. Reload the page to see the latest bookings.";
}
