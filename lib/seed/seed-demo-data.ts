import type { Database } from "../database/create-prisma-client";
import { defaultRoomOffers } from "../rate-card/default-room-offers";
import { insertFakeLeads } from "./insert-fake-leads";

const DEMO_LEADS = 24;

/** Two rooms with a full rate card, so that booking and /book have something to show in a new studio. */
const DEMO_ROOMS = [
  { name: "Studio A", description: "The live room: drums, bands and ensembles, with an isolation booth.", hourlyRateCents: 6_000, dayRateCents: 45_000 },
  { name: "Studio B", description: "The production suite: vocals, overdubs, editing and mixing.", hourlyRateCents: 4_000, dayRateCents: 30_000 },
];

/** Fills an empty database with a few demo leads and rooms; leaves a database with data alone. */
export async function seedDemoDataIfEmpty(db: Database): Promise<{ seeded: boolean }> {
  if ((await db.inquiry.count()) > 0) return { seeded: false };
  await insertFakeLeads(db, DEMO_LEADS, { seed: 2026 });
  if ((await db.room.count()) === 0) {
    for (const room of DEMO_ROOMS) await db.room.create({ data: { ...room, offers: { create: defaultRoomOffers(room) } } });
  }
  return { seeded: true };
}
