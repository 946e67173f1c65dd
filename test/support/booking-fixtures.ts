import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/database/create-prisma-client";
import type { Prisma, StaffSkill } from "@/lib/generated/prisma/client";
import { defaultRoomOffers } from "@/lib/rate-card/default-room-offers";
import { createStaff } from "./staff-fixtures";

/** A new active room with a unique name and the default rate card: £40 an hour, £300 a day unless overridden. */
export async function createRoom(db: Database, overrides: { name?: string; hourlyRateCents?: number; dayRateCents?: number } = {}) {
  const rates = { hourlyRateCents: overrides.hourlyRateCents ?? 4_000, dayRateCents: overrides.dayRateCents ?? 30_000 };
  return db.room.create({
    data: { name: overrides.name ?? `Room ${randomUUID().slice(0, 8)}`, ...rates, offers: { create: defaultRoomOffers(rates) } },
  });
}

/** A staff member who can be booked in the given roles, with rates. */
export async function createBookablePerson(db: Database, skills: StaffSkill[], rates: { hourlyRateCents?: number | null; dayRateCents?: number | null } = {}) {
  const member = await createStaff(db, "STAFF");
  await db.user.update({ where: { id: member.id }, data: { skills, hourlyRateCents: rates.hourlyRateCents ?? 2_500, dayRateCents: rates.dayRateCents ?? 18_000 } });
  return member;
}

/** Form-shaped input for createSessions: an hourly hold on one date unless overridden. */
export function sessionInput(roomId: string, overrides: Record<string, unknown> = {}) {
  return { roomId, engineerId: "", producerId: "", status: "HOLD", dates: ["2026-12-01"], wholeDay: false, startTime: "10:00", endTime: "14:00", overrideHours: false, ...overrides };
}

/** A session written straight to the database, as a booking of its own (tests that set up state). */
export async function insertSession(db: Database, data: Omit<Prisma.BookingUncheckedCreateInput, "groupId">) {
  const group = await db.bookingGroup.create({ data: { inquiryId: data.inquiryId }, select: { id: true } });
  return db.booking.create({ data: { ...data, groupId: group.id } });
}
