// How a session's engineer and producer read in the calendar and the feeds.
import type { StaffSkill } from "../generated/prisma/client";
import type { CalendarSessionPerson } from "./find-live-sessions";

export const skillLabel: Record<StaffSkill, string> = { ENGINEER: "Engineer", PRODUCER: "Producer" };

/** "Engineer: Sam · Producer: Olive", or "" when nobody is assigned. */
export function describePeople(people: CalendarSessionPerson[]): string {
  return people.map((person) => `${skillLabel[person.role]}: ${person.name}`).join(" · ");
}

/** What one person is on a session: "Engineer", "Producer" or "Engineer and producer". */
export function rolesOf(people: CalendarSessionPerson[], userId: string): string {
  const roles = people.filter((person) => person.userId === userId).map((person) => skillLabel[person.role]);
  return roles.map((role, index) => (index === 0 ? role : role.toLowerCase())).join(" and ");
}
