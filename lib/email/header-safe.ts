/**
 * Text that is safe inside an email header: no CR, LF or other control characters (which could
 * start a new header), white space collapsed, and at most `max` characters.
 */
export function headerSafe(text: string, max = 200): string {
  const clean = text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}
