import { describe, expect, it } from "vitest";
import { headerSafe } from "./header-safe";

describe("headerSafe", () => {
  it("turns line breaks and control characters into spaces, so no header can be started", () => {
    expect(headerSafe("Hello\r\nBcc: victim@example.com")).toBe("Hello Bcc: victim@example.com");
    expect(headerSafe("a\u0000b\u2028c\td")).toBe("a b c d");
  });

  it("shortens long text with an ellipsis", () => {
    expect(headerSafe("x".repeat(300), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
