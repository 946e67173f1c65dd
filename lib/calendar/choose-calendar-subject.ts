import type { CalendarSubject } from "./find-live-sessions";
import type { CalendarPersonOption, CalendarRoomOption } from "./list-calendar-subjects";

export type ChosenSubject = CalendarSubject & { name: string };

/**
 * The room or person to show: the one asked for when it is on the list, otherwise the first
 * active room (or, in a studio without rooms yet, the first person). Null when there is nothing.
 */
export function chooseCalendarSubject(
  requested: CalendarSubject | null,
  { rooms, people }: { rooms: CalendarRoomOption[]; people: CalendarPersonOption[] },
): { subject: ChosenSubject | null; messages: string[] } {
  if (requested) {
    const match = requested.kind === "room" ? rooms.find((room) => room.id === requested.id) : people.find((person) => person.id === requested.id);
    if (match) return { subject: { ...requested, name: match.name }, messages: [] };
  }
  const room = rooms.find((candidate) => candidate.active) ?? rooms[0];
  const fallback: ChosenSubject | null = room
    ? { kind: "room", id: room.id, name: room.name }
    : people[0]
      ? { kind: "person", id: people[0].id, name: people[0].name }
      : null;
  const messages = requested
    ? [`That ${requested.kind} is not on the calendar${requested.kind === "person" ? " (an active member of staff with skills)" : ""}.${fallback ? ` Showing ${fallback.name}.` : ""}`]
    : [];
  return { subject: fallback, messages };
}
