import { describe, expect, it } from "vitest";
import { ExpectedError, type ExpectedErrorCode, type ExpectedErrorKind } from "../errors/expected-error";
import { EXPECTED_ERRORS } from "../errors/expected-error-codes";
import { expectedFailure } from "./expected-failure";

// One code of each kind, so a kind nobody throws yet is answered too.
const codeOf = (kind: ExpectedErrorKind) => (Object.keys(EXPECTED_ERRORS) as ExpectedErrorCode[]).find((code) => EXPECTED_ERRORS[code].kind === kind)!;

describe("expectedFailure", () => {
  it.each([
    ["invalid", "invalid"],
    ["conflict", "conflict"],
    ["not-authorized", "refused"],
    ["rate-limited", "refused"],
    ["not-found", "error"],
    ["not-allowed", "error"],
    ["unavailable", "error"],
  ] as const)("answers %s as %s, with the error's message", (kind, status) => {
    const failure = expectedFailure(new ExpectedError(codeOf(kind), "What went wrong, in words for staff."));
    expect(failure).toMatchObject({ status, message: "What went wrong, in words for staff." });
    if (status !== "invalid") expect(failure).not.toHaveProperty("fieldErrors");
  });

  it("answers as the former per-domain mappers did", () => {
    expect(expectedFailure(new ExpectedError("not-owner"))).toEqual({ status: "refused", message: "Only the studio's owner can do this." });
    expect(expectedFailure(new ExpectedError("lead-conflict", "Someone else changed this lead just now."))).toEqual({ status: "conflict", message: "Someone else changed this lead just now." });
    expect(expectedFailure(new ExpectedError("booking-state-conflict", "This session is cancelled already."))).toMatchObject({ status: "conflict" });
    expect(expectedFailure(new ExpectedError("outside-opening-hours", "The studio is closed then."))).toMatchObject({ status: "error" });
    expect(expectedFailure(new ExpectedError("room-not-found"))).toEqual({ status: "error", message: "This room no longer exists. Reload to see the rooms." });
    expect(expectedFailure(new ExpectedError("wrong-password"))).toEqual({ status: "error", message: "Your current password is not right." });
  });

  it("keys field errors by the form's field ids, so the error links find the right form's field", () => {
    const error = new ExpectedError("studio-setup-invalid", { fieldErrors: { name: ["Give the room a name."], dayRate: ["Enter the day rate."] } });
    expect(expectedFailure(error, "room-42-")).toEqual({
      status: "invalid",
      message: "Some fields need attention.",
      fieldErrors: { "room-42-name": ["Give the room a name."], "room-42-dayRate": ["Enter the day rate."] },
    });
    expect(expectedFailure(error)).toMatchObject({ fieldErrors: { name: ["Give the room a name."] } });
  });

  it("answers an invalid refusal without field errors with none", () => {
    expect(expectedFailure(new ExpectedError("lead-invalid"))).toEqual({ status: "invalid", message: "Some fields need attention.", fieldErrors: {} });
  });

  it("leaves anything else to be logged", () => {
    expect(expectedFailure(new Error("connection reset"))).toBeNull();
    expect(expectedFailure(Object.assign(new Error("Only the studio's owner can do this."), { code: "not-owner", kind: "not-authorized" }))).toBeNull();
    expect(expectedFailure("not an error")).toBeNull();
  });
});
