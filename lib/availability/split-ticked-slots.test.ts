import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { slotFieldValue } from "./slot-field-value";
import { splitTickedSlots } from "./split-ticked-slots";

const HERE = "6f1c2b9e-4d3a-4c1b-9e8f-0a1b2c3d4e5f";
const THERE = "0b7e6c1a-2f3d-4e5b-8a9c-1d2e3f4a5b6c";
const GONE = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";

const value = (roomId: string, start: string, hours = 1) =>
  slotFieldValue({ roomId, startsAt: new Date(start), endsAt: new Date(Date.parse(start) + hours * 3_600_000) });

describe("splitTickedSlots", () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-23T12:00:00Z"));
  });
  afterAll(() => vi.useRealTimers());

  it("keeps the room's own ticks and carries the other rooms', dropping what cannot be used", () => {
    const mine = value(HERE, "2026-11-24T10:00:00Z");
    const theirs = value(THERE, "2026-11-25T14:00:00Z", 2);
    const { here, elsewhere } = splitTickedSlots(
      [mine, theirs, mine, value(GONE, "2026-11-24T11:00:00Z"), value(HERE, "2026-11-22T10:00:00Z"), "not-a-slot", `${HERE}_x_y`],
      { roomId: HERE, roomIds: [HERE, THERE] },
    );
    expect([...here]).toEqual([mine]);
    expect(elsewhere).toEqual([{ value: theirs, roomId: THERE, startsAt: new Date("2026-11-25T14:00:00Z"), endsAt: new Date("2026-11-25T16:00:00Z") }]);
  });

  it("reads no more than twenty values", () => {
    const values = Array.from({ length: 30 }, (_, index) => value(THERE, `2026-11-${String(24 + Math.floor(index / 10)).padStart(2, "0")}T${String(10 + (index % 10)).padStart(2, "0")}:00:00Z`));
    expect(splitTickedSlots(values, { roomId: HERE, roomIds: [HERE, THERE] }).elsewhere).toHaveLength(20);
  });
});
