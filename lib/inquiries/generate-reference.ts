import { randomInt } from "node:crypto";

// Crockford's base32 without the letters people misread (I, L, O, U): easy to say on the phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const REFERENCE_PATTERN = /^SD-[0-9A-HJKMNP-TV-Z]{5}$/;

/**
 * A short human reference for an inquiry, e.g. SD-7K3QM. 32^5 (33 million) codes; callers
 * insert under the unique index and draw again on the rare collision.
 */
export function generateReference(): string {
  let code = "";
  for (let i = 0; i < 5; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `SD-${code}`;
}
