import "server-only";
import { randomUUID } from "node:crypto";
import type { SendVerificationRequestParams } from "next-auth/providers/email";
import { SignInLink } from "@/emails/sign-in-link";
import { getDb } from "../db";
import { getMailTransport } from "../email/get-mail-transport";
import { messageIdFor } from "../email/message-id";
import { renderEmail } from "../email/render-email";
import { env } from "../env";
import { studio } from "../site/studio";

export const SIGN_IN_LINK_MINUTES = 15;

/**
 * Emails a sign-in link, but only to an active staff member; for any other address it quietly
 * does nothing, and the page says "check your email" either way.
 *
 * The link opens a confirmation page rather than signing in directly: mail scanners that
 * fetch every link in a message would otherwise use up the one-time token before the person
 * clicks it.
 */
export async function sendSignInLink({ identifier, url }: SendVerificationRequestParams): Promise<void> {
  const staff = await getDb().user.findFirst({ where: { email: identifier, deactivatedAt: null }, select: { id: true } });
  if (!staff) return;

  const callback = new URL(url);
  const confirm = new URL("/admin/sign-in/confirm", env.APP_URL);
  for (const name of ["token", "email", "callbackUrl"]) {
    const value = callback.searchParams.get(name);
    if (value) confirm.searchParams.set(name, value);
  }
  const { html, text } = await renderEmail(SignInLink({ studioName: studio.name, url: confirm.toString(), minutesValid: SIGN_IN_LINK_MINUTES }));
  await getMailTransport().sendMail({
    from: env.MAIL_FROM,
    to: identifier,
    subject: `Sign in to ${studio.name}`,
    text,
    html,
    messageId: messageIdFor(randomUUID(), env.APP_URL),
  });
}
