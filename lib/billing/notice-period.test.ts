import { describe, expect, it } from "vitest";
import { formatNotice, noticeHours, noticeParts } from "./notice-period";

describe("notice periods", () => {
  it("reads whole days from three days up and hours below", () => {
    expect(formatNotice(336)).toBe("14 days");
    expect(formatNotice(72)).toBe("3 days");
    expect(formatNotice(48)).toBe("48 hours");
    expect(formatNotice(100)).toBe("100 hours");
    expect(formatNotice(1)).toBe("1 hour");
    expect(noticeParts(8760)).toEqual({ amount: 365, unit: "days" });
  });

  it("takes an amount and unit as typed, from 1 hour to 365 days", () => {
    expect(noticeHours("2", "days")).toBe(48);
    expect(noticeHours(" 36 ", "hours")).toBe(36);
    expect(noticeHours("365", "days")).toBe(8760);
    expect(noticeHours("8760", "hours")).toBe(8760);
    for (const [amount, unit] of [["0", "hours"], ["366", "days"], ["8761", "hours"], ["1.5", "days"], ["", "days"], ["-2", "hours"], ["2", "weeks"]]) {
      expect(noticeHours(amount, unit), `${amount} ${unit}`).toBeNull();
    }
  });
});
