import type { Database } from "@/lib/database/create-prisma-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createRoom, insertSession } from "./booking-fixtures";
import { createLead } from "./lead-fixtures";

const HOUR_MS = 3_600_000;

/** Terms to accept: published once per test database (a new version when called again). */
export async function publishTestTerms(db: Database, body = "Recordings belong to the artist once paid in full. Files are kept for 90 days.") {
  const latest = await db.termsVersion.findFirst({ orderBy: { version: "desc" } });
  return db.termsVersion.create({ data: { version: (latest?.version ?? 0) + 1, body } });
}

export async function setBilling(db: Database, data: Prisma.BillingSettingsUpdateInput) {
  return db.billingSettings.update({ where: { id: 1 }, data });
}

/**
 * A lead with one booking on hold: `days` sessions of four hours (10:00–14:00 UTC) from
 * `startsIn` hours after `now`, a day apart, held until `holdHours` after `now`.
 */
export async function heldBooking(db: Database, { now, startsIn = 24 * 10, holdHours = 48, days = 1 }: { now: Date; startsIn?: number; holdHours?: number; days?: number }) {
  const [room, lead] = await Promise.all([createRoom(db), createLead(db, { name: "Zoë Adeyemi" })]);
  const first = new Date(Math.floor((now.getTime() + startsIn * HOUR_MS) / 86_400_000) * 86_400_000 + 10 * HOUR_MS);
  const session = await insertSession(db, { inquiryId: lead.id, roomId: room.id, startsAt: first, endsAt: new Date(first.getTime() + 4 * HOUR_MS), status: "HOLD", holdExpiresAt: new Date(now.getTime() + holdHours * HOUR_MS) });
  for (let day = 1; day < days; day++) {
    const startsAt = new Date(first.getTime() + day * 24 * HOUR_MS);
    await db.booking.create({ data: { inquiryId: lead.id, groupId: session.groupId, roomId: room.id, startsAt, endsAt: new Date(startsAt.getTime() + 4 * HOUR_MS), status: "HOLD", holdExpiresAt: session.holdExpiresAt } });
  }
  return { room, lead, groupId: session.groupId, firstStartsAt: first };
}
