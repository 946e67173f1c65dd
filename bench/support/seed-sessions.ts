// Sessions for the availability bench, written with one bulk INSERT per room. Each room's
// sessions follow one another round the clock (30 minutes to 2 hours, up to an hour apart), so
// they never overlap and the no-double-booking constraint accepts every live one; the statuses
// are mixed as in a working studio, including holds that ran out before any sweep.
import type { Database } from "../../lib/database/create-prisma-client";
import { defaultRoomOffers } from "../../lib/rate-card/default-room-offers";
import { createRandom } from "../../lib/seed/fake-lead";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Average gap (30 min) plus average length (75 min): how far the sessions reach, on average. */
const AVERAGE_STEP_MS = 105 * MINUTE_MS;

type Options = { rooms: number; sessions: number; seed: number; now: Date };

export async function seedSessions(db: Database, { rooms, sessions, seed, now }: Options) {
  const random = createRandom(seed);
  for (let index = 0; index < rooms; index++) {
    const rates = { hourlyRateCents: 4_000, dayRateCents: 30_000 };
    await db.room.create({ data: { name: `Room ${index + 1}`, description: `Bench room ${index + 1}`, ...rates, offers: { create: defaultRoomOffers(rates) } } });
  }
  const roomIds = (await db.room.findMany({ select: { id: true }, orderBy: { name: "asc" } })).map((room) => room.id);
  const leadIds = (await db.inquiry.findMany({ select: { id: true } })).map((lead) => lead.id);
  const perRoom = Math.ceil(sessions / rooms);
  // Centred on now: about half the sessions are past, half to come.
  const first = Math.floor((now.getTime() - (perRoom * AVERAGE_STEP_MS) / 2) / (60 * MINUTE_MS)) * 60 * MINUTE_MS;
  const byStatus: Record<string, number> = {};
  let last = first;

  for (const [index, roomId] of roomIds.entries()) {
    const count = Math.min(perRoom, sessions - index * perRoom);
    const rows = { lead: [] as string[], start: [] as string[], end: [] as string[], status: [] as string[], holdExpires: [] as (string | null)[] };
    let at = first;
    for (let n = 0; n < count; n++) {
      at += 15 * Math.floor(random.next() * 5) * MINUTE_MS;
      const end = at + (30 + 15 * Math.floor(random.next() * 7)) * MINUTE_MS;
      const roll = random.next();
      const status = roll < 0.7 ? "CONFIRMED" : roll < 0.85 ? "HOLD" : roll < 0.95 ? "CANCELLED" : "EXPIRED";
      // A hold lasts a week from when it was made; a third of them are already overdue.
      const holdExpires = status === "HOLD" ? new Date(now.getTime() + (random.next() < 0.33 ? -1 : 1) * Math.ceil(random.next() * 7) * DAY_MS) : null;
      rows.lead.push(random.pick(leadIds));
      rows.start.push(new Date(at).toISOString());
      rows.end.push(new Date(end).toISOString());
      rows.status.push(status);
      rows.holdExpires.push(holdExpires?.toISOString() ?? null);
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      at = end;
    }
    last = Math.max(last, at);
    // Each session a booking of its own (its group takes its id), inserted in one statement.
    await db.$executeRaw`
      WITH t AS (
        SELECT gen_random_uuid() AS id, lead, starts, ends, status, expires
        FROM unnest(${rows.lead}::uuid[], ${rows.start}::timestamptz[], ${rows.end}::timestamptz[], ${rows.status}::text[], ${rows.holdExpires}::timestamptz[])
          AS u(lead, starts, ends, status, expires)
      ), groups AS (
        INSERT INTO "BookingGroup" ("id", "inquiryId", "createdAt") SELECT id, lead, starts - interval '21 days' FROM t
      )
      INSERT INTO "Booking" ("id", "groupId", "inquiryId", "roomId", "startsAt", "endsAt", "status", "holdExpiresAt",
        "confirmedAt", "cancelledAt", "expiredAt", "createdAt", "updatedAt")
      SELECT t.id, t.id, t.lead, ${roomId}::uuid, t.starts, t.ends, t.status::"BookingStatus", t.expires,
        CASE WHEN t.status = 'CONFIRMED' THEN t.starts - interval '14 days' END,
        CASE WHEN t.status = 'CANCELLED' THEN t.starts - interval '2 days' END,
        CASE WHEN t.status = 'EXPIRED' THEN t.starts - interval '7 days' END,
        t.starts - interval '21 days', t.starts - interval '21 days'
      FROM t`;
  }
  const [{ count }] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS "count" FROM "Booking"`;
  if (count !== sessions) throw new Error(`Seeding left ${count} sessions, not ${sessions}`);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: day(first), to: day(last), byStatus };
}
