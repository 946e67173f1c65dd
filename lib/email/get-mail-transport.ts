import "server-only";
import { env } from "../env";
import type { MailSender } from "./mail-sender";
import { createMailTransport } from "./create-mail-transport";

// One pooled transport per process, shared by the outbox sender and sign-in links. Cached on
// globalThis because the dev server re-evaluates modules on every edit.
const cache = globalThis as { studioDeskMailTransport?: MailSender };

/** The configured SMTP server, or the development mailbox when SMTP_URL is unset. */
export function getMailTransport(): MailSender {
  return (cache.studioDeskMailTransport ??= createMailTransport({ smtpUrl: env.SMTP_URL }));
}
