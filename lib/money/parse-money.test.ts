import { describe, expect, it } from "vitest";
import { MAX_MONEY_CENTS, parseMoney } from "./parse-money";

describe("parseMoney", () => {
  it.each([
    ["45", 4500],
    ["45.50", 4550],
    ["45.5", 4550],
    ["0.29", 29],
    ["0", 0],
    ["0.05", 5],
    [" 120 ", 12000],
    ["1,250", 125000],
    ["1,250.75", 125075],
    ["£45", 4500],
    ["€ 9.99", 999],
    ["$1,000,000", 100_000_000],
    ["007", 700],
  ])("reads %j as %i cents", (input, cents) => {
    expect(parseMoney(input)).toBe(cents);
  });

  it.each(["", " ", "-5", "45.505", "45.", ".5", "4 5", "45,5", "1,25,000", "1e3", "abc", "45p", "£", "NaN", "Infinity", "0x10", "١٢"])(
    "refuses %j",
    (input) => {
      expect(parseMoney(input)).toBeNull();
    },
  );

  it("refuses amounts over the limit, however they are written", () => {
    expect(parseMoney("1000000.00")).toBe(MAX_MONEY_CENTS);
    expect(parseMoney("1000000.01")).toBeNull();
    expect(parseMoney("99999999999999999999")).toBeNull();
  });
});
