import { describe, expect, it } from "vitest";
import { openSealedText, sealText } from "./sealed-text";

const SECRET = "a-test-secret-of-at-least-thirty-two-chars";

describe("sealed text", () => {
  it("opens what it sealed, and never shows the text in the sealed form", () => {
    const link = "https://studio.test/admin/sign-in/confirm?token=abc123&email=sam%40studio.test";
    const sealed = sealText(link, SECRET);
    expect(sealed).not.toContain("abc123");
    expect(sealed).not.toBe(sealText(link, SECRET)); // a fresh IV each time
    expect(openSealedText(sealed, SECRET)).toBe(link);
  });

  it("refuses another secret and any altered part", () => {
    const sealed = sealText("one-time link", SECRET);
    expect(() => openSealedText(sealed, `${SECRET}-other`)).toThrow();
    const [version, iv, body, tag] = sealed.split(".");
    const flipped = Buffer.from(body, "base64url");
    flipped[0] ^= 1;
    expect(() => openSealedText([version, iv, flipped.toString("base64url"), tag].join("."), SECRET)).toThrow();
    expect(() => openSealedText("v1.only.three", SECRET)).toThrow(/Not a sealed text/);
  });
});
