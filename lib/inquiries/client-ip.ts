/**
 * The client's address as seen by the nearest proxy: the last X-Forwarded-For entry. Earlier
 * entries are whatever the client chose to send, so trusting the first would let anyone pick
 * their own rate-limit bucket. `next start` appends the socket address itself.
 */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return (last ?? headers.get("x-real-ip") ?? "unknown").slice(0, 64);
}
