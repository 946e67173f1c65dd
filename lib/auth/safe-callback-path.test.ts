import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-path";

const APP = "https://studio.test";

describe("safeCallbackPath", () => {
  it.each([
    ["/admin/leads?status=NEW", "/admin/leads?status=NEW"],
    ["https://studio.test/admin/leads/1", "/admin/leads/1"],
    ["/admin", "/admin"],
  ])("keeps %s", (input, expected) => {
    expect(safeCallbackPath(input, APP)).toBe(expected);
  });

  it.each([
    "https://evil.example/admin",
    "//evil.example/admin",
    "/\\evil.example/admin",
    "\\\\evil.example",
    "javascript:alert(1)",
    "http://studio.test/admin",
    "/roles/music-producer",
    "/admin/sign-in",
    "/adminx",
    "/admin\n/x",
    undefined,
    42,
  ])("refuses %s", (input) => {
    expect(safeCallbackPath(input, APP)).toBe("/admin");
  });
});
