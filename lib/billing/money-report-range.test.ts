import { describe, expect, it } from "vitest";
import { decimalAmount } from "../money/decimal-amount";
import { moneyReportFilename, parseMoneyReportRange, rangeInstants } from "./money-report-range";

const parse = (query: string) => parseMoneyReportRange(new URLSearchParams(query));

describe("parseMoneyReportRange", () => {
  it("reads both ends, either end, or none; empty values count as absent", () => {
    expect(parse("from=2026-04-01&to=2027-03-31")).toEqual({ range: { from: "2026-04-01", to: "2027-03-31" } });
    expect(parse("from=2026-04-01")).toEqual({ range: { from: "2026-04-01", to: null } });
    expect(parse("to=2026-04-01&from=")).toEqual({ range: { from: null, to: "2026-04-01" } });
    expect(parse("")).toEqual({ range: { from: null, to: null } });
    expect(parse("from=2026-04-01&to=2026-04-01")).toEqual({ range: { from: "2026-04-01", to: "2026-04-01" } });
  });

  it("refuses what is not a date, and a range that ends before it starts, saying which parameter is wrong", () => {
    expect(parse("from=2026-02-30")).toEqual({ fields: { from: ["Use a date like 2026-04-01 for from"] } });
    expect(parse("from=yesterday&to=1.4.2026")).toEqual({ fields: { from: ["Use a date like 2026-04-01 for from"], to: ["Use a date like 2026-04-01 for to"] } });
    expect(parse("to=0999-01-01")).toEqual({ fields: { to: ["Use a year from 1000 for to"] } });
    expect(parse("from=2026-05-01&to=2026-04-30")).toEqual({ fields: { to: ["The end date (to) is before the start date (from)"] } });
  });
});

describe("rangeInstants", () => {
  it("covers whole days in the studio's zone, across a change of clocks", () => {
    expect(rangeInstants({ from: "2026-10-01", to: "2026-10-31" }, "Europe/London")).toEqual({
      start: new Date("2026-09-30T23:00:00Z"), // midnight BST
      end: new Date("2026-11-01T00:00:00Z"), // midnight GMT
    });
    expect(rangeInstants({ from: null, to: null }, "Europe/London")).toEqual({ start: null, end: null });
  });
});

describe("moneyReportFilename", () => {
  it("names the day of download, or the range", () => {
    const now = new Date("2026-12-01T10:00:00Z");
    expect(moneyReportFilename("invoices", { from: null, to: null }, now)).toBe("invoices-2026-12-01.csv");
    expect(moneyReportFilename("payments", { from: "2026-04-01", to: "2027-03-31" }, now)).toBe("payments-2026-04-01-to-2027-03-31.csv");
    expect(moneyReportFilename("invoices", { from: "2026-04-01", to: null }, now)).toBe("invoices-2026-04-01-to-2026-12-01.csv");
  });
});

describe("decimalAmount", () => {
  it.each([[125_000, "1250.00"], [5, "0.05"], [0, "0.00"], [-550, "-5.50"], [-5, "-0.05"], [99, "0.99"]])("writes %i as %s", (minor, text) => {
    expect(decimalAmount(minor)).toBe(text);
  });
});
