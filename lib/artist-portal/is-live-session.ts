/**
 * Whether a session still holds its slot: confirmed, or a hold that has not run out. A hold past
 * its expiry is as good as expired even before the periodic sweep marks it so.
 */
export function isLiveSession(session: { status: string; holdExpiresAt: Date | null }, now: Date): boolean {
  if (session.status === "CONFIRMED") return true;
  return session.status === "HOLD" && (session.holdExpiresAt === null || session.holdExpiresAt > now);
}
