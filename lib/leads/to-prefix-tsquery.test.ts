import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toPrefixTsquery } from "./to-prefix-tsquery";

describe("toPrefixTsquery", () => {
  it("makes every word a prefix and requires all of them", () => {
    expect(toPrefixTsquery("  Ana   Lop ")).toBe("ana:* & lop:*");
    expect(toPrefixTsquery("ana.lopez@example.com")).toBe("ana:* & lopez:* & example:* & com:*");
    expect(toPrefixTsquery("Zoë O'Brien-Smith 2026")).toBe("zoë:* & o:* & brien:* & smith:* & 2026:*");
  });

  it("drops tsquery syntax and repeated words", () => {
    expect(toPrefixTsquery("a & b | !c:* (d) <-> e'")).toBe("a:* & b:* & c:* & d:* & e:*");
    expect(toPrefixTsquery("lopez LOPEZ")).toBe("lopez:*");
  });

  it("keeps a decomposed accent with its letter", () => {
    expect(toPrefixTsquery("Zoe\u0308")).toBe("zoë:*");
  });

  it("answers null when there is nothing to search for", () => {
    expect(toPrefixTsquery("")).toBeNull();
    expect(toPrefixTsquery(" &|!:*() ")).toBeNull();
  });

  it("only ever yields words of letters, marks and digits joined by &", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        const query = toPrefixTsquery(text);
        if (query === null) return;
        for (const term of query.split(" & ")) expect(term).toMatch(/^[\p{L}\p{M}\p{N}]+:\*$/u);
      }),
    );
  });
});
