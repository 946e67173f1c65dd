/**
 * The client's address for rate limiting. The production server (scripts/serve.mjs) appends the
 * address that connected to X-Forwarded-For, and each trusted proxy in front appends the one it
 * saw; so the client is the entry `trustedProxyHops` places from the end. Anything further left
 * is whatever the client chose to send, and is ignored.
 *
 * IPv6 addresses are grouped by their /64 network: one household or server gets a whole /64, so
 * counting single addresses would give it billions of budgets.
 */
export function clientIpFrom(headers: Headers, trustedProxyHops = 0): string {
  return networkOf(clientAddressFrom(headers, trustedProxyHops)).slice(0, 64);
}

/** The client's own address, chosen as above but not grouped: what a record of consent keeps. */
export function clientAddressFrom(headers: Headers, trustedProxyHops = 0): string {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return (entries[Math.max(0, entries.length - 1 - trustedProxyHops)] ?? headers.get("x-real-ip") ?? "unknown").slice(0, 64);
}

function networkOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(":")) return address;
  const [head, tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
