import { describe, expect, it } from "vitest";
import { FORM_TOKEN_MAX_AGE_MS, readFormToken, signFormToken } from "./form-token";

const secret = "a-secret-long-enough-for-the-test-1234";
const shownAt = new Date("2026-11-20T10:00:00Z");
const later = new Date(shownAt.getTime() + 60_000);

describe("form tokens", () => {
  it("give back when the form was shown", () => {
    expect(readFormToken(secret, signFormToken(secret, shownAt, "key-1"), "key-1", later)).toEqual(shownAt);
  });

  it.each([
    ["another secret", signFormToken("another-secret-long-enough-000000000", shownAt, "key-1"), "key-1", later],
    ["another key", signFormToken(secret, shownAt, "key-1"), "key-2", later],
    ["a changed time", signFormToken(secret, shownAt, "key-1").replace(/^\d+/, String(shownAt.getTime() - 60_000)), "key-1", later],
    ["too old", signFormToken(secret, shownAt, "key-1"), "key-1", new Date(shownAt.getTime() + FORM_TOKEN_MAX_AGE_MS + 1)],
    ["garbage", "1.2.3", "key-1", later],
    ["not a string", 42, "key-1", later],
    ["no key", signFormToken(secret, shownAt, "key-1"), undefined, later],
  ])("are refused when signed with or carrying %s", (_, token, key, now) => {
    expect(readFormToken(secret, token, key, now as Date)).toBeNull();
  });
});
