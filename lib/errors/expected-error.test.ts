import { describe, expect, it } from "vitest";
import { EXPECTED_ERRORS } from "./expected-error-codes";
import { ExpectedError, isExpectedError } from "./expected-error";

describe("ExpectedError", () => {
  it("takes its kind from its code, and the code's message unless given one", () => {
    const error = new ExpectedError("lead-not-found");
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "ExpectedError", code: "lead-not-found", kind: "not-found", message: "This lead does not exist, or no longer does." });
    expect(new ExpectedError("not-owner", "Only the studio's owner can erase a lead's personal data.")).toMatchObject({
      kind: "not-authorized",
      message: "Only the studio's owner can erase a lead's personal data.",
    });
  });

  it("carries field errors, a retry delay and a cause", () => {
    const cause = new Error("550 mailbox unavailable");
    expect(new ExpectedError("booking-invalid", { fieldErrors: { dates: ["A session moves to one date."] } })).toMatchObject({
      kind: "invalid",
      message: "Some fields need attention.",
      fieldErrors: { dates: ["A session moves to one date."] },
    });
    expect(new ExpectedError("inquiry-rate-limited", "Please try again in about 5 minutes.", { retryAfterSeconds: 300 }).retryAfterSeconds).toBe(300);
    expect(new ExpectedError("invitation-not-sent", "The invitation email could not be sent.", { cause }).cause).toBe(cause);
  });

  it("needs a message for a code that has none of its own", () => {
    // @ts-expect-error: a lead conflict must say what the lead is now, so the type asks for a message.
    expect(new ExpectedError("lead-conflict").message).toBe("lead-conflict");
    expect(new ExpectedError("lead-conflict", "Someone else changed this lead to Won just now.").message).toBe("Someone else changed this lead to Won just now.");
  });

  it("names every code in lower-case words, with one of the kinds", () => {
    for (const [code, { kind }] of Object.entries(EXPECTED_ERRORS)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(["invalid", "conflict", "not-found", "not-allowed", "not-authorized", "rate-limited", "unavailable"]).toContain(kind);
    }
  });
});

describe("isExpectedError", () => {
  it("recognises an expected refusal, and one of the codes asked about", () => {
    const erased = new ExpectedError("lead-erased");
    expect(isExpectedError(erased)).toBe(true);
    expect(isExpectedError(erased, "lead-not-found", "lead-erased")).toBe(true);
    expect(isExpectedError(erased, "lead-not-found")).toBe(false);
  });

  it("does not take anything else for one, even with the same name or message", () => {
    const lookalike = Object.assign(new Error("This lead does not exist, or no longer does."), { name: "ExpectedError", code: "lead-not-found", kind: "not-found" });
    expect(isExpectedError(lookalike)).toBe(false);
    expect(isExpectedError(new Error("connection reset"))).toBe(false);
    expect(isExpectedError({ code: "lead-not-found" })).toBe(false);
    expect(isExpectedError(undefined)).toBe(false);
  });
});
