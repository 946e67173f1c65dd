import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import type { MailSender } from "./mail-sender";

// SMTP timeouts stay well inside the outbox lease, so a hung server never lets a second sender
// pick up a message the first one is still sending.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * The SMTP server in `smtpUrl`; without one, a development mailbox: each message is written as an
 * .eml file (open it in any mail program or text editor) into `mailboxDir`.
 */
export function createMailTransport({ smtpUrl, mailboxDir = ".data/mailbox" }: { smtpUrl?: string; mailboxDir?: string }): MailSender {
  // Messages carry only text we rendered: never let a message ask to read a file or fetch a URL.
  const safety = { disableFileAccess: true, disableUrlAccess: true };
  // A pool reuses connections instead of one handshake per message. Ten at once keeps a worker's
  // messages in flight (background-tasks.ts: 4 lanes of 25) moving, and stays within what mail
  // providers allow one client.
  if (smtpUrl) return nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 10, maxMessages: 1_000, ...TIMEOUTS, ...safety });

  const writer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }, safety);
  return {
    async sendMail(message) {
      const info = await writer.sendMail(message);
      mkdirSync(mailboxDir, { recursive: true });
      const file = path.join(mailboxDir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${message.messageId.replace(/[<>]/g, "").replace(/[^\w.-]/g, "_")}.eml`);
      writeFileSync(file, info.message as Buffer);
      console.log(`[mail] No SMTP_URL set: "${message.subject}" to ${message.to} saved in ${file}`);
      return info;
    },
  };
}
