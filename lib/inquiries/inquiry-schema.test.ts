import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf, inquirySchema, ROLES_NEEDED } from "./inquiry-schema";

const valid = {
  roleNeeded: "PRODUCER",
  name: "  Ava   Okafor ",
  email: " Ava@Example.COM ",
  message: "We have six demos and want help shaping them into an EP.",
  consent: true,
};

function errorsFor(input: Record<string, unknown>) {
  const result = inquirySchema.safeParse({ ...valid, ...input });
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("inquirySchema", () => {
  it("accepts the minimum and normalises it", () => {
    const inquiry = inquirySchema.parse(valid);
    expect(inquiry).toMatchObject({ roleNeeded: "PRODUCER", name: "Ava Okafor", email: "ava@example.com", consent: true, genres: [], referenceLinks: [] });
  });

  it("accepts form-shaped strings and JSON-shaped values alike", () => {
    const fromForm = inquirySchema.parse({
      ...valid,
      songCount: "4",
      genres: "soul, r&b",
      referenceLinks: "https://example.com/a\nhttps://example.com/b",
      consent: "on",
      phone: "",
      targetStartOn: "2027-03-01",
      targetFinishOn: "",
    });
    const fromJson = inquirySchema.parse({
      ...valid,
      songCount: 4,
      genres: ["soul", "r&b"],
      referenceLinks: ["https://example.com/a", "https://example.com/b"],
      targetStartOn: "2027-03-01",
    });
    expect(fromForm).toEqual(fromJson);
  });

  it.each([
    [{ roleNeeded: "DRUMMER" }, "roleNeeded", "Choose what you need"],
    [{ roleNeeded: undefined }, "roleNeeded", "Choose what you need"],
    [{ name: "   " }, "name", "Tell us your name"],
    [{ name: "Ava\r\nBcc: victim@example.com" }, "name", "single line"],
    [{ name: "x".repeat(121) }, "name", "at most 120"],
    [{ email: "ava@" }, "email", "Enter an email address"],
    [{ email: "ava@example.com\r\nBcc: x@y.z" }, "email", "Enter an email address"],
    [{ phone: "call me maybe" }, "phone", "phone number"],
    [{ artistName: "The\nBand" }, "artistName", "single line"],
    [{ projectType: "MIXTAPE" }, "projectType", "single, EP, album or other"],
    [{ songCount: "2.5" }, "songCount", "whole number"],
    [{ songCount: 0 }, "songCount", "at least 1"],
    [{ songCount: 101 }, "songCount", "at most 100"],
    [{ genres: ["a", "b", "c", "d", "e", "f"] }, "genres", "at most 5"],
    [{ referenceLinks: ["javascript:alert(1)"] }, "referenceLinks", "http:// or https://"],
    [{ referenceLinks: ["ftp://example.com/x"] }, "referenceLinks", "http:// or https://"],
    [{ referenceLinks: Array.from({ length: 6 }, (_, i) => `https://example.com/${i}`) }, "referenceLinks", "at most 5"],
    [{ budgetRange: "A_LOT" }, "budgetRange", "budget range"],
    [{ targetStartOn: "2027-02-30" }, "targetStartOn", "real calendar date"],
    [{ targetStartOn: "next week" }, "targetStartOn", "YYYY-MM-DD"],
    [{ targetStartOn: "2027-05-01", targetFinishOn: "2027-04-01" }, "targetFinishOn", "on or after the start date"],
    [{ message: "Hi" }, "message", "at least 20 characters"],
    [{ message: "x".repeat(5001) }, "message", "under 5,000"],
    [{ message: "🎸".repeat(12) }, "message", "at least 20 characters"], // 24 UTF-16 units, 12 characters
    [{ consent: false }, "consent", "agree to be contacted"],
    [{ consent: undefined }, "consent", "agree to be contacted"],
  ])("rejects %j with a message on %s", (input, field, message) => {
    const errors = errorsFor(input) as Record<string, string[]>;
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field].join(" ")).toContain(message);
  });

  it("never throws, and anything it accepts is valid, whatever it is given", () => {
    const anyValue = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.object());
    const input = fc.record(
      {
        roleNeeded: fc.oneof(fc.constantFrom(...ROLES_NEEDED), anyValue),
        name: fc.oneof(fc.string(), anyValue),
        email: fc.oneof(fc.emailAddress(), anyValue),
        phone: anyValue,
        songCount: anyValue,
        genres: anyValue,
        referenceLinks: fc.oneof(fc.array(fc.webUrl()), anyValue),
        targetStartOn: anyValue,
        message: fc.oneof(fc.string({ minLength: 20 }), anyValue),
        consent: anyValue,
        extra: anyValue,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, (candidate) => {
        const result = inquirySchema.safeParse(candidate);
        if (!result.success) return;
        const inquiry = result.data;
        expect(ROLES_NEEDED).toContain(inquiry.roleNeeded);
        expect(inquiry.name.length).toBeGreaterThan(0);
        expect(inquiry.name).not.toMatch(/[\r\n]/);
        expect(Array.from(inquiry.message).length).toBeGreaterThanOrEqual(20);
        expect(inquiry.consent).toBe(true);
        expect(inquiry.referenceLinks.every((link) => /^https?:\/\//.test(link))).toBe(true);
        expect(inquirySchema.parse(inquiry)).toEqual(inquiry); // normalising twice changes nothing
      }),
      { numRuns: 500 },
    );
  });
});
