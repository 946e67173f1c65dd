import { describe, expect, it } from "vitest";
import { generateReference, REFERENCE_PATTERN } from "./generate-reference";

describe("generateReference", () => {
  it("makes SD- codes from the unambiguous alphabet", () => {
    for (let i = 0; i < 1000; i++) expect(generateReference()).toMatch(REFERENCE_PATTERN);
  });

  it("rarely repeats itself", () => {
    const seen = new Set(Array.from({ length: 2000 }, generateReference));
    expect(seen.size).toBeGreaterThan(1990);
  });
});
