import { describe, expect, it } from "vitest";
import { formatTaxRate, parseTaxRate } from "./tax-rate";

describe("parseTaxRate", () => {
  it("reads a percentage with up to two decimals as basis points", () => {
    expect(parseTaxRate("20")).toBe(2000);
    expect(parseTaxRate("5.5")).toBe(550);
    expect(parseTaxRate("5,5")).toBe(550);
    expect(parseTaxRate(" 7.25 % ")).toBe(725);
    expect(parseTaxRate("0.01")).toBe(1);
    expect(parseTaxRate("0")).toBe(0);
    expect(parseTaxRate("100")).toBe(10_000);
    expect(parseTaxRate("100.00")).toBe(10_000);
    // Parsed as text: 0.29 is 29 basis points, not 28.999….
    expect(parseTaxRate("0.29")).toBe(29);
  });

  it("refuses more than two decimals, more than 100 %, negatives and anything not a number", () => {
    for (const value of ["", " ", "5.555", "100.01", "101", "-5", "1e2", "20 %%", "twenty", "5.", ".5", "1,000", "0x10"]) {
      expect(parseTaxRate(value), value).toBeNull();
    }
  });
});

describe("formatTaxRate", () => {
  it("shows basis points as the owner would type them, and parses back to the same", () => {
    expect(formatTaxRate(2000)).toBe("20");
    expect(formatTaxRate(550)).toBe("5.5");
    expect(formatTaxRate(525)).toBe("5.25");
    expect(formatTaxRate(505)).toBe("5.05");
    expect(formatTaxRate(0)).toBe("0");
    expect(formatTaxRate(10_000)).toBe("100");
    for (let basisPoints = 0; basisPoints <= 10_000; basisPoints += 7) expect(parseTaxRate(formatTaxRate(basisPoints))).toBe(basisPoints);
  });
});
