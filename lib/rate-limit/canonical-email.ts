// Providers that ignore dots in the local part (and deliver googlemail.com to gmail.com).
const DOTS_IGNORED = new Set(["gmail.com", "googlemail.com"]);

/**
 * One mailbox's address in one form, for counting what it is sent: case folded, a `+tag` dropped
 * (plus-addressing reaches the same mailbox at Gmail, Outlook, iCloud, Fastmail and most
 * others) and, at Gmail, dots ignored. Only ever used as a rate-limit key: the address the
 * person typed is what is stored and written to.
 */
export function canonicalEmail(email: string): string {
  const address = email.normalize("NFKC").trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at <= 0) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1).replace(/\.+$/, "");
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (DOTS_IGNORED.has(domain)) {
    local = local.replaceAll(".", "");
    domain = "gmail.com";
  }
  return `${local}@${domain}`;
}
