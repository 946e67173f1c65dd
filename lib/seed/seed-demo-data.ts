import type { Database } from "../database/create-prisma-client";
import { insertFakeLeads } from "./insert-fake-leads";

const DEMO_LEADS = 24;

/** Fills an empty database with a few demo leads; leaves a database with data alone. */
export async function seedDemoDataIfEmpty(db: Database): Promise<{ seeded: boolean }> {
  if ((await db.inquiry.count()) > 0) return { seeded: false };
  await insertFakeLeads(db, DEMO_LEADS, { seed: 2026 });
  return { seeded: true };
}
