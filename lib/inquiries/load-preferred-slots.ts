import type { Database } from "../database/create-prisma-client";
import { formatStudioRange } from "../time/format-studio-time";

export type PreferredSlotView = {
  id: string;
  /** Null when the artist named no room, or the room has since been deleted. */
  roomName: string | null;
  startsAt: Date;
  endsAt: Date;
  /** "Tue, 24 Nov 2026, 10:00 GMT – 11:00 GMT", in the studio's zone. */
  when: string;
};

/** The times an inquiry said would suit, earliest first, for the lead page and the studio's email. */
export async function loadPreferredSlots(db: Database, inquiryId: string): Promise<PreferredSlotView[]> {
  const slots = await db.preferredSlot.findMany({ where: { inquiryId }, ...PREFERRED_SLOTS_QUERY });
  if (slots.length === 0) return [];
  const { timeZone } = await db.studioSettings.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } });
  return slots.map((slot) => preferredSlotView(slot, timeZone));
}

/** What to read of an inquiry's preferred times, in their order (also as a relation's include). */
export const PREFERRED_SLOTS_QUERY = {
  select: { id: true, startsAt: true, endsAt: true, room: { select: { name: true } } },
  orderBy: [{ startsAt: "asc" as const }, { id: "asc" as const }],
};

type StoredSlot = { id: string; startsAt: Date; endsAt: Date; room: { name: string } | null };

export function preferredSlotView({ id, startsAt, endsAt, room }: StoredSlot, timeZone: string): PreferredSlotView {
  return { id, roomName: room?.name ?? null, startsAt, endsAt, when: formatStudioRange(startsAt, endsAt, timeZone) };
}
