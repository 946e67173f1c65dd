import type { Database } from "../database/create-prisma-client";
import { defaultRoomOffers } from "../rate-card/default-room-offers";
import { insertFakeLeads } from "./insert-fake-leads";

const DEMO_LEADS = 24;

/** Two rooms with a full rate card, so that booking and /book have something to show in a new studio. */
const DEMO_ROOMS = [
  { name: "Studio A", description: "The live room: drums, bands and ensembles, with an isolation booth.", hourlyRateCents: 6_000, dayRateCents: 45_000 },
  { name: "Studio B", description: "The production suite: vocals, overdubs, editing and mixing.", hourlyRateCents: 4_000, dayRateCents: 30_000 },
];

/** A demo studio's money: a 50 % deposit, VAT included in its prices, and terms to accept. */
const DEMO_BILLING = {
  depositRule: "PERCENT",
  depositPercent: 50,
  taxRateBasisPoints: 2000,
  taxInclusive: true,
  legalName: "Canal Street Studios Ltd",
  address: "12 Canal Street\nLondon E1 6AN",
  taxNumber: "GB 123 4567 89",
  bankInstructions: "Canal Street Studios Ltd\nSort code 12-34-56, account 12345678\nQuote the invoice number as the reference.",
} as const;

const DEMO_TERMS = [
  "Bookings: your time is held until the deposit is paid; paying it confirms the booking.",
  "Cancellation: as the cancellation policy on your proposal says.",
  "Recordings: you own the recordings of your sessions once every invoice is paid in full.",
  "Files: we keep your session files for 90 days after the last session, then delete them unless you ask us to keep them longer.",
].join("\n\n");

/** Fills an empty database with a few demo leads, rooms and billing settings; leaves a database with data alone. */
export async function seedDemoDataIfEmpty(db: Database): Promise<{ seeded: boolean }> {
  if ((await db.inquiry.count()) > 0) return { seeded: false };
  await insertFakeLeads(db, DEMO_LEADS, { seed: 2026 });
  if ((await db.room.count()) === 0) {
    for (const room of DEMO_ROOMS) await db.room.create({ data: { ...room, offers: { create: defaultRoomOffers(room) } } });
  }
  await db.billingSettings.update({ where: { id: 1 }, data: DEMO_BILLING });
  if ((await db.termsVersion.count()) === 0) await db.termsVersion.create({ data: { version: 1, body: DEMO_TERMS } });
  return { seeded: true };
}
