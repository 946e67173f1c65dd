import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/test/support/parse-csv";
import { csvCell } from "./csv-cell";

const DANGEROUS = ["=", "+", "-", "@", "\t", "\r"];
const neutralised = (text: string) => (DANGEROUS.some((start) => text.startsWith(start)) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text);

describe("csvCell", () => {
  it("always quotes and doubles quotes", () => {
    expect(csvCell("plain")).toBe('"plain"');
    expect(csvCell("")).toBe('""');
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell("two\r\nlines")).toBe('"two\r\nlines"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(12)).toBe('"12"');
  });

  it.each([
    ["=HYPERLINK(\"http://evil.test\",\"click\")", "\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"click\"\")\""],
    ["+44 7700 900123", "\"'+44 7700 900123\""],
    ["-2+3", "\"'-2+3\""],
    ["@SUM(A1:A9)", "\"'@SUM(A1:A9)\""],
    ["\t=1+1", "\"'\t=1+1\""],
    ["\r=1+1", "\"'\r=1+1\""],
  ])("neutralises a formula-like value %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("leaves a negative plain number a number", () => {
    expect(csvCell("-5.50")).toBe('"-5.50"');
    expect(csvCell(-12)).toBe('"-12"');
    expect(csvCell("-5.50+1")).toBe("\"'-5.50+1\"");
    expect(csvCell("-1e3")).toBe("\"'-1e3\"");
  });

  it("leaves values that merely contain those characters alone", () => {
    expect(csvCell("a=b")).toBe('"a=b"');
    expect(csvCell(" =1")).toBe('" =1"');
    expect(csvCell("\n=1")).toBe('"\n=1"');
    expect(csvCell("'quoted'")).toBe("\"'quoted'\"");
  });

  it("reads back as the neutralised value and never opens with a formula character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (value) => {
        const cell = csvCell(value);
        expect(parseCsv(cell)).toEqual([[neutralised(value)]]);
        if (!/^-?\d+(\.\d+)?$/.test(value)) expect(DANGEROUS).not.toContain(cell[1]);
      }),
      { numRuns: 2_000 },
    );
  });

  it("keeps every field of a row apart, whatever the fields hold", () => {
    const tricky = fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), fc.stringMatching(/^[=+\-@\t\r",\n]{0,6}$/));
    fc.assert(
      fc.property(fc.array(fc.array(tricky, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((row) => row.map(csvCell).join(",") + "\r\n").join("");
        expect(parseCsv(text)).toEqual(rows.map((row) => row.map(neutralised)));
      }),
      { numRuns: 500 },
    );
  });
});
