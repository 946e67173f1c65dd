// The end-to-end databases live on between runs (the PostgreSQL service keeps its own), and every
// spec makes its own rooms and staff instead of resetting anything. Left alone they pile up, and
// the pages that list every room or person (/book, settings, the calendar) grow with each run.
// Records a spec made more than STALE_MINUTES ago belong to an earlier run: retire them the way
// a studio would (rooms off, accounts deactivated), so nothing is deleted and nothing running
// now is touched.
import type { Database } from "../../lib/database/create-prisma-client";

const STALE_MINUTES = 20;

export async function retireStaleRecords(db: Database): Promise<void> {
  const before = new Date(Date.now() - STALE_MINUTES * 60_000);
  await db.room.updateMany({ where: { active: true, createdAt: { lt: before } }, data: { active: false } });
  // Only the specs' own accounts (test fixtures use @studio.test addresses).
  await db.user.updateMany({ where: { deactivatedAt: null, createdAt: { lt: before }, email: { endsWith: "@studio.test" } }, data: { deactivatedAt: new Date() } });
}
