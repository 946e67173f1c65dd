// Reading what the app sent through the mail catcher (e2e/support/mail-catcher.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import PostalMime, { type Email } from "postal-mime";
import { MAIL_CATCHER_DIR } from "./targets";

export type CaughtMail = { envelopeTo: string[]; raw: string; parsed: Email };

/** Every message the catcher has accepted so far, oldest first. */
export async function caughtMail(): Promise<CaughtMail[]> {
  let files: string[] = [];
  try {
    files = readdirSync(MAIL_CATCHER_DIR).filter((name) => name.endsWith(".json")).sort();
  } catch {
    return [];
  }
  return Promise.all(
    files.map(async (name) => {
      const { envelopeTo, raw } = JSON.parse(readFileSync(path.join(MAIL_CATCHER_DIR, name), "utf8")) as Omit<CaughtMail, "parsed">;
      return { envelopeTo, raw, parsed: await PostalMime.parse(raw) };
    }),
  );
}

/** Waits (up to `timeout`) for the latest message to `to` that matches, and returns it. */
export async function waitForMail(to: string, matches: (mail: CaughtMail) => boolean = () => true, timeout = 20_000): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(async () => {
      found = (await caughtMail()).filter((mail) => mail.envelopeTo.includes(to) && matches(mail)).at(-1);
      return !!found;
    }, { timeout, message: `an email to ${to}` })
    .toBe(true);
  return found!;
}

/** The first link in a message's text part that starts with `prefix`. */
export function linkIn(mail: CaughtMail, prefix: string): string {
  const text = mail.parsed.text ?? "";
  const link = text.match(/https?:\/\/[^\s<>"\]]+/g)?.find((candidate) => new URL(candidate).pathname.startsWith(prefix));
  if (!link) throw new Error(`No link to ${prefix} in "${mail.parsed.subject}"`);
  return link;
}
