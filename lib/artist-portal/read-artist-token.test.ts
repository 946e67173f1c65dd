import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ARTIST_TOKEN_MAX_AGE_MS } from "./artist-token-mac";
import { readArtistToken } from "./read-artist-token";
import { signArtistToken } from "./sign-artist-token";

const secret = "a-secret-long-enough-for-the-test-1234";
const inquiryId = randomUUID();
const issuedAt = new Date("2026-11-20T10:00:00Z");
const expiresAt = new Date(issuedAt.getTime() + ARTIST_TOKEN_MAX_AGE_MS);
const token = signArtistToken(secret, inquiryId, expiresAt);

// Flips one bit of the decoded token at `index`, keeping the encoding canonical.
function flipByte(value: string, index: number) {
  const bytes = Buffer.from(value, "base64url");
  bytes[index] ^= 0x01;
  return bytes.toString("base64url");
}

describe("artist tokens", () => {
  it("give back the inquiry and the expiry, in a short URL-safe string", () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{71}$/);
    expect(readArtistToken(secret, token, issuedAt)).toEqual({ inquiryId, expiresAt });
    expect(readArtistToken(secret, token, new Date(expiresAt.getTime() - 1000))).toEqual({ inquiryId, expiresAt });
  });

  it("are good for a year and not a second longer", () => {
    expect(readArtistToken(secret, token, expiresAt)).toBeNull();
    expect(readArtistToken(secret, token, new Date(expiresAt.getTime() + 86_400_000))).toBeNull();
  });

  it("are refused when signed with another key (forged)", () => {
    const forged = signArtistToken("another-secret-long-enough-000000000", inquiryId, expiresAt);
    expect(readArtistToken(secret, forged, issuedAt)).toBeNull();
  });

  it.each([
    ["the version", 0],
    ["the inquiry id", 5],
    ["the expiry", 20],
    ["the signature", 40],
  ])("are refused when %s was changed", (_, index) => {
    expect(readArtistToken(secret, flipByte(token, index), issuedAt)).toBeNull();
  });

  it("are refused when the expiry was pushed out, even by a second", () => {
    const bytes = Buffer.from(token, "base64url");
    bytes.writeUInt32BE(bytes.readUInt32BE(17) + 1, 17);
    expect(readArtistToken(secret, bytes.toString("base64url"), issuedAt)).toBeNull();
  });

  it.each([
    ["empty", ""],
    ["not a string", 42],
    ["undefined", undefined],
    ["cut short", token.slice(0, -1)],
    ["too long", `${token}A`],
    ["padded", `${token}=`],
    ["with a character outside base64url", `${token.slice(0, -1)}+`],
    ["with whitespace", ` ${token.slice(1)}`],
    ["a form token", "1763632800000.abcdef"],
  ])("are refused when %s", (_, value) => {
    expect(readArtistToken(secret, value, issuedAt)).toBeNull();
  });

  it("are refused when spelled another way that decodes to the same bytes", () => {
    // The last character carries two unused bits; setting one leaves the decoded bytes alone.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const variant = token.slice(0, -1) + alphabet[alphabet.indexOf(token.at(-1)!) | 1];
    expect(variant).not.toBe(token);
    expect(Buffer.from(variant, "base64url").equals(Buffer.from(token, "base64url"))).toBe(true);
    expect(readArtistToken(secret, variant, issuedAt)).toBeNull();
  });

  it("cannot be made for something that is not an inquiry id", () => {
    expect(() => signArtistToken(secret, "not-a-uuid", expiresAt)).toThrow();
  });
});
