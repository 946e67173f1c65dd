import { describe, expect, it } from "vitest";
import { canonicalEmail } from "./canonical-email";

describe("canonicalEmail", () => {
  it.each([
    ["Victim@Example.com", "victim@example.com"],
    ["victim+1@example.com", "victim@example.com"],
    ["victim+2+more@example.com", "victim@example.com"],
    ["  VICTIM+Tag@EXAMPLE.COM ", "victim@example.com"],
    ["v.ictim@gmail.com", "victim@gmail.com"],
    ["V.I.C.T.I.M+x@GoogleMail.com", "victim@gmail.com"],
    ["v.ictim@example.com", "v.ictim@example.com"], // dots matter outside Gmail
    ["+only@example.com", "+only@example.com"], // a local part that is all tag is left alone
    ["victim@example.com.", "victim@example.com"],
  ])("%s counts as %s", (input, expected) => {
    expect(canonicalEmail(input)).toBe(expected);
  });
});
