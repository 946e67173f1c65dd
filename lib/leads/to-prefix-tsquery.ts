// Search text becomes a PostgreSQL tsquery in which every word is a prefix: "ana lop" finds
// "Ana Lopez". Only letters, marks and digits survive, so nothing typed can be tsquery syntax
// (& | ! : ( ) < >), and the result is still passed to to_tsquery as a bound parameter.
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u;

/** `ana:* & lop:*` for "Ana Lop…"; null when the text has no word to search for. */
export function toPrefixTsquery(text: string): string | null {
  // Split as the search document is split: ana.lopez@example.com is indexed as ana, lopez, ….
  const words = text.normalize("NFC").toLowerCase().split(NOT_WORD).filter(Boolean);
  if (words.length === 0) return null;
  return [...new Set(words)].map((word) => `${word}:*`).join(" & ");
}
