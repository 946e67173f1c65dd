import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeLeadCursor, encodeLeadCursor } from "./lead-cursor";

const ID = "0b6f1c9e-3d2a-4f5b-8c7d-9e0f1a2b3c4d";
const AT = new Date("2026-11-03T09:15:42.123Z");

describe("lead cursors", () => {
  it("round-trip a position and are URL-safe", () => {
    const cursor = encodeLeadCursor("createdAt", { at: AT, id: ID });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeLeadCursor(cursor, "createdAt")).toEqual({ column: "createdAt", at: AT, id: ID });
    expect(decodeLeadCursor(encodeLeadCursor("updatedAt", { at: AT, id: ID }), "updatedAt")).toMatchObject({ column: "updatedAt" });
  });

  it("refuse a cursor of the other sort column", () => {
    expect(decodeLeadCursor(encodeLeadCursor("updatedAt", { at: AT, id: ID }), "createdAt")).toBeNull();
  });

  it.each([
    ["empty", ""],
    ["not base64url", "abc+/="],
    ["padding", `${encodeLeadCursor("createdAt", { at: AT, id: ID })}=`],
    ["garbage", "bm90IGEgY3Vyc29y"],
    ["an uppercase id", btoa(`c.${AT.getTime()}.${ID.toUpperCase()}`).replace(/=+$/, "")],
    ["a leading zero", btoa(`c.0${AT.getTime()}.${ID}`).replace(/=+$/, "")],
    ["a date beyond year 9999", btoa(`c.999999999999999.${ID}`).replace(/=+$/, "")],
    ["a negative time", btoa(`c.-1.${ID}`).replace(/=+$/, "")],
    ["SQL", btoa(`c.1.${ID}' OR 1=1 --`).replace(/=+$/, "")],
    ["too long", "A".repeat(500)],
  ])("answer null for %s", (_, cursor) => {
    expect(decodeLeadCursor(cursor, "createdAt")).toBeNull();
  });

  it("never throw, and accept only their own canonical spelling", () => {
    const valid = encodeLeadCursor("createdAt", { at: AT, id: ID });
    fc.assert(
      fc.property(fc.string({ maxLength: 140 }), (text) => {
        const decoded = decodeLeadCursor(text, "createdAt");
        if (decoded) expect(encodeLeadCursor("createdAt", decoded)).toBe(text);
      }),
    );
    // Flipping any one character either breaks the cursor or names another valid position.
    for (let i = 0; i < valid.length; i++) {
      const flipped = valid.slice(0, i) + (valid[i] === "A" ? "B" : "A") + valid.slice(i + 1);
      const decoded = decodeLeadCursor(flipped, "createdAt");
      if (decoded) expect(encodeLeadCursor("createdAt", decoded)).toBe(flipped);
    }
  });
});
