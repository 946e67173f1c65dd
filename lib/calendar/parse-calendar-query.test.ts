import { describe, expect, it } from "vitest";
import { calendarHref } from "./calendar-href";
import { chooseCalendarSubject } from "./choose-calendar-subject";
import { parseCalendarQuery } from "./parse-calendar-query";

const ROOM = "3f1c2a9e-5b7d-4c1e-8a2f-0d9e8c7b6a51";
const PERSON = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

describe("parseCalendarQuery", () => {
  it("snaps any date to its Monday and reads a room or a person", () => {
    expect(parseCalendarQuery({ week: "2026-04-02", room: ROOM })).toEqual({ week: "2026-03-30", subject: { kind: "room", id: ROOM }, fromForm: false, messages: [] });
    expect(parseCalendarQuery({ week: "2026-04-05", person: PERSON.toUpperCase() })).toMatchObject({ week: "2026-03-30", subject: { kind: "person", id: PERSON } });
    expect(parseCalendarQuery({})).toEqual({ week: null, subject: null, fromForm: false, messages: [] });
  });

  it("reads the form's single select and asks for the canonical URL", () => {
    const query = parseCalendarQuery({ week: "2026-04-01", show: `person:${PERSON}` });
    expect(query).toEqual({ week: "2026-03-30", subject: { kind: "person", id: PERSON }, fromForm: true, messages: [] });
    expect(calendarHref(query)).toBe(`/admin/calendar?week=2026-03-30&person=${PERSON}`);
  });

  it("ignores junk with a notice", () => {
    const query = parseCalendarQuery({ week: "2026-02-30", room: "1; drop table", person: PERSON, show: undefined });
    expect(query.week).toBeNull();
    expect(query.subject).toEqual({ kind: "person", id: PERSON });
    expect(query.messages).toEqual(["Ignored the week: it must be a date written YYYY-MM-DD. Showing this week.", "Ignored the room: it is not a valid id."]);
    expect(parseCalendarQuery({ show: "kitchen:sink" })).toMatchObject({ subject: null, fromForm: false, messages: ["Ignored the choice of room or person: it was not one of the options."] });
  });
});

describe("chooseCalendarSubject", () => {
  const rooms = [{ id: "r-old", name: "Old Room", active: false }, { id: ROOM, name: "Live Room", active: true }];
  const people = [{ id: PERSON, name: "Sam", skills: ["ENGINEER" as const] }];

  it("shows what was asked for when it is on the list", () => {
    expect(chooseCalendarSubject({ kind: "person", id: PERSON }, { rooms, people })).toEqual({ subject: { kind: "person", id: PERSON, name: "Sam" }, messages: [] });
  });

  it("falls back to the first active room, then anyone, and says so", () => {
    expect(chooseCalendarSubject(null, { rooms, people }).subject).toEqual({ kind: "room", id: ROOM, name: "Live Room" });
    const unknown = chooseCalendarSubject({ kind: "room", id: PERSON }, { rooms, people });
    expect(unknown.messages).toEqual(["That room is not on the calendar. Showing Live Room."]);
    expect(chooseCalendarSubject(null, { rooms: [], people }).subject).toEqual({ kind: "person", id: PERSON, name: "Sam" });
    expect(chooseCalendarSubject(null, { rooms: [], people: [] }).subject).toBeNull();
  });
});

describe("calendarHref", () => {
  it("leaves out what is not chosen", () => {
    expect(calendarHref({})).toBe("/admin/calendar");
    expect(calendarHref({ week: "2026-03-30", subject: { kind: "room", id: ROOM } })).toBe(`/admin/calendar?week=2026-03-30&room=${ROOM}`);
  });
});
