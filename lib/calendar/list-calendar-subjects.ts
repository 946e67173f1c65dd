import type { Database } from "../database/create-prisma-client";
import type { StaffSkill } from "../generated/prisma/client";

export type CalendarRoomOption = { id: string; name: string; active: boolean };
export type CalendarPersonOption = { id: string; name: string; skills: StaffSkill[] };

/**
 * What the calendar can show: every room (active ones first: a retired room keeps its history)
 * and the active staff who can be booked as engineer or producer.
 */
export async function listCalendarSubjects(db: Database): Promise<{ rooms: CalendarRoomOption[]; people: CalendarPersonOption[] }> {
  const [rooms, users] = await Promise.all([
    db.room.findMany({ select: { id: true, name: true, active: true }, orderBy: [{ active: "desc" }, { name: "asc" }] }),
    db.user.findMany({
      where: { deactivatedAt: null, NOT: { skills: { isEmpty: true } } },
      select: { id: true, name: true, email: true, skills: true },
      orderBy: [{ name: "asc" }, { email: "asc" }],
    }),
  ]);
  return { rooms, people: users.map(({ id, name, email, skills }) => ({ id, name: name ?? email, skills })) };
}
