// The end-to-end suites' mail server: a real SMTP server on loopback (started by Playwright as one
// of its web servers) that writes every accepted message to MAIL_CATCHER_DIR, so specs in other
// processes can read what the app sent. `npx tsx e2e/support/mail-catcher.ts`
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SmtpTestServer } from "../../test/support/smtp-test-server";
import { MAIL_CATCHER_DIR, MAIL_CATCHER_PORT } from "./targets";

rmSync(MAIL_CATCHER_DIR, { recursive: true, force: true });
mkdirSync(MAIL_CATCHER_DIR, { recursive: true });
let count = 0;
const server = new SmtpTestServer(MAIL_CATCHER_PORT, (mail) => {
  count += 1;
  const file = path.join(MAIL_CATCHER_DIR, `${Date.now()}-${String(count).padStart(6, "0")}.json`);
  writeFileSync(file, JSON.stringify({ envelopeTo: mail.envelopeTo, raw: mail.raw }));
});
await server.start();
const stop = () => server.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
