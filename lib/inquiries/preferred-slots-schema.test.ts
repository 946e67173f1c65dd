import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fieldErrorsOf, inquirySchema } from "./inquiry-schema";
import { slotFieldValue as preferredSlotFieldValue } from "@/test/support/slot-field-value";

const valid = {
  roleNeeded: "PRODUCER",
  name: "Ava Okafor",
  email: "ava@example.com",
  message: "We have six demos and want help shaping them into an EP.",
  consent: true,
};
const ROOM = "6f1c2b9e-4d3a-4c1b-9e8f-0a1b2c3d4e5f";
const OTHER_ROOM = "0b7e6c1a-2f3d-4e5b-8a9c-1d2e3f4a5b6c";

function errorsFor(preferredSlots: unknown) {
  const result = inquirySchema.safeParse({ ...valid, preferredSlots });
  return result.success ? [] : (fieldErrorsOf(result.error).preferredSlots ?? ["(an error on another field)"]);
}

describe("preferredSlots in the inquiry schema", () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-23T12:00:00Z"));
  });
  afterAll(() => vi.useRealTimers());

  it("is optional, and absent from the result when none are given", () => {
    for (const empty of [undefined, null, "", [], "\n"]) {
      const inquiry = inquirySchema.parse({ ...valid, preferredSlots: empty });
      expect(inquiry.preferredSlots).toBeUndefined();
      expect(JSON.stringify(inquiry)).not.toContain("preferredSlots");
    }
  });

  it("reads the form's fields and the JSON API's objects into the same normalised list", () => {
    const fromForm = inquirySchema.parse({
      ...valid,
      // Repeated form fields arrive joined by line breaks (formValues).
      preferredSlots: [
        preferredSlotFieldValue({ roomId: ROOM, startsAt: new Date("2026-11-24T10:00:00Z"), endsAt: new Date("2026-11-24T11:00:00Z") }),
        // To the minute, as /book writes them, or to the second (or millisecond) as a client may.
        `_2026-11-25T14:00Z_2026-11-25T15:30:00.000Z`,
      ].join("\n"),
    });
    const fromJson = inquirySchema.parse({
      ...valid,
      preferredSlots: [
        { roomId: ROOM.toUpperCase(), startsAt: "2026-11-24T10:00:00Z", endsAt: "2026-11-24T12:00:00+01:00" },
        { startsAt: "2026-11-25T14:00:00Z", endsAt: "2026-11-25T15:30:00Z", roomId: null },
      ],
    });
    expect(fromJson.preferredSlots).toEqual([
      { roomId: ROOM, startsAt: "2026-11-24T10:00:00.000Z", endsAt: "2026-11-24T11:00:00.000Z" },
      { startsAt: "2026-11-25T14:00:00.000Z", endsAt: "2026-11-25T15:30:00.000Z" },
    ]);
    expect(fromForm).toEqual(fromJson);
  });

  it("writes form values to the minute when the times allow", () => {
    const startsAt = new Date("2026-11-24T10:00:00Z");
    expect(preferredSlotFieldValue({ roomId: ROOM, startsAt, endsAt: new Date("2026-11-24T11:00:00Z") })).toBe(`${ROOM}_2026-11-24T10:00Z_2026-11-24T11:00Z`);
    expect(preferredSlotFieldValue({ startsAt, endsAt: new Date("2026-11-24T11:00:30.5Z") })).toBe("_2026-11-24T10:00Z_2026-11-24T11:00:30.500Z");
  });

  const slot = (overrides: Record<string, unknown> = {}) => ({ roomId: ROOM, startsAt: "2026-11-24T10:00:00Z", endsAt: "2026-11-24T11:00:00Z", ...overrides });

  it("takes at most three", () => {
    const four = [10, 11, 12, 13].map((hour) => slot({ startsAt: `2026-11-24T${hour}:00:00Z`, endsAt: `2026-11-24T${hour + 1}:00:00Z` }));
    expect(errorsFor(four.slice(0, 3))).toEqual([]);
    expect(errorsFor(four)).toEqual(["Choose at most 3 preferred times"]);
    expect(errorsFor(four.map((item) => `${item.roomId}_${item.startsAt}_${item.endsAt}`).join("\n"))).toEqual(["Choose at most 3 preferred times"]);
  });

  it.each([
    ["no end", [slot({ endsAt: undefined })], "The preferred time needs an end date and time with its zone"],
    ["a start without a zone", [slot({ startsAt: "2026-11-24T10:00:00" })], "The preferred time needs a start date and time with its zone"],
    ["an impossible date", [slot({ startsAt: "2026-02-30T10:00:00Z" })], "needs a start date and time"],
    ["a form value that is not a slot", "yesterday at noon", "The preferred time must have a start and an end"],
    ["a room id that is not a uuid", [slot({ roomId: "studio-a" })], "names a room we do not know"],
    ["an end before the start", [slot({ endsAt: "2026-11-24T09:00:00Z" })], "The preferred time must end after it starts"],
    ["an end equal to the start", [slot({ endsAt: "2026-11-24T10:00:00Z" })], "must end after it starts"],
    ["more than 24 hours", [slot({ endsAt: "2026-11-25T10:00:01Z" })], "can be at most 24 hours long"],
    ["a time that has passed", [slot({ startsAt: "2026-11-23T10:00:00Z", endsAt: "2026-11-23T11:00:00Z" })], "has already passed"],
    ["a time nine weeks away", [slot({ startsAt: "2027-01-25T10:00:00Z", endsAt: "2027-01-25T11:00:00Z" })], "more than 8 weeks away"],
    ["not a list", { startsAt: "2026-11-24T10:00:00Z" }, "Preferred times must be a list"],
  ])("refuses %s with a clear message", (_, preferredSlots, message) => {
    const errors = errorsFor(preferredSlots);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it("accepts a full day, a time already under way and one just inside eight weeks", () => {
    expect(errorsFor([slot({ endsAt: "2026-11-25T10:00:00Z" })])).toEqual([]);
    expect(errorsFor([slot({ startsAt: "2026-11-23T11:30:00Z", endsAt: "2026-11-23T12:30:00Z" })])).toEqual([]);
    expect(errorsFor([slot({ startsAt: "2027-01-17T12:00:00Z", endsAt: "2027-01-17T13:00:00Z" })])).toEqual([]);
  });

  it("names which of several is wrong, and refuses the same time twice", () => {
    const good = slot();
    expect(errorsFor([good, slot({ endsAt: "2026-11-24T09:00:00Z" }), { ...good }])).toEqual([
      "Preferred time 2 must end after it starts",
      "Preferred time 3 is the same as an earlier one",
    ]);
    // The same hours in another room are a different preference.
    expect(errorsFor([good, slot({ roomId: OTHER_ROOM })])).toEqual([]);
  });
});
