import { SignInLink } from "@/emails/sign-in-link";
import type { OutboxMessage } from "../generated/prisma/client";
import { renderEmail } from "../email/render-email";
import { openSealedText } from "../security/sealed-text";

export const SIGN_IN_LINK_MINUTES = 15;
export const SIGN_IN_LINK_KIND = "staff.sign-in-link" as const;
/** What the sealed payload of a sign-in email holds (queue-sign-in-link.ts writes it). */
export type SignInLinkPayload = { url: string; expiresAt: string };

/**
 * The body of a queued sign-in email, from its sealed payload. A link that has expired is not
 * worth sending: that attempt fails for good and the person asks for a new one.
 */
export async function renderSignInLink(message: Pick<OutboxMessage, "id" | "sealedPayload">, { secret, studioName, now = new Date() }: { secret: string; studioName: string; now?: Date }) {
  if (!message.sealedPayload) throw new Error(`Sign-in email ${message.id} has no link`);
  const { url, expiresAt } = JSON.parse(openSealedText(message.sealedPayload, secret)) as SignInLinkPayload;
  if (new Date(expiresAt) <= now) throw new Error("the sign-in link expired before it could be sent");
  return renderEmail(SignInLink({ studioName, url, minutesValid: SIGN_IN_LINK_MINUTES }));
}
