import type { Database } from "../database/create-prisma-client";
import { queueEmail } from "../outbox/queue-email";
import { sealText } from "../security/sealed-text";
import { SIGN_IN_LINK_KIND, type SignInLinkPayload } from "./render-sign-in-link";

export { SIGN_IN_LINK_MINUTES } from "./render-sign-in-link";

type LinkRequest = { identifier: string; url: string; expires: Date };
type LinkSettings = { appUrl: string; studioName: string; secret: string };

/**
 * Queues a sign-in link for an active staff member and answers its outbox id; for any other
 * address it quietly does nothing, and the page says "check your email" either way. Nothing is
 * rendered or sent while the request waits: both answers cost a lookup and at most a write or
 * two, so the response time does not tell a known address from an unknown one, and a slow mail
 * server cannot either. The link is a secret, so it is stored sealed (sealed-text.ts) and the
 * sent body is never kept.
 *
 * The link opens a confirmation page rather than signing in directly: mail scanners that
 * fetch every link in a message would otherwise use up the one-time token before the person
 * clicks it.
 */
export async function queueSignInLink(db: Database, { identifier, url, expires }: LinkRequest, settings: LinkSettings): Promise<string | null> {
  const staff = await db.user.findFirst({ where: { email: identifier, deactivatedAt: null }, select: { id: true } });
  if (!staff) return null;

  const callback = new URL(url);
  const confirm = new URL("/admin/sign-in/confirm", settings.appUrl);
  for (const name of ["token", "email", "callbackUrl"]) {
    const value = callback.searchParams.get(name);
    if (value) confirm.searchParams.set(name, value);
  }
  const payload: SignInLinkPayload = { url: confirm.toString(), expiresAt: expires.toISOString() };
  return queueEmail(
    db,
    SIGN_IN_LINK_KIND,
    { to: identifier, subject: `Sign in to ${settings.studioName}`, data: null, sealedPayload: sealText(JSON.stringify(payload), settings.secret) },
    { appUrl: settings.appUrl, now: new Date() },
  );
}
