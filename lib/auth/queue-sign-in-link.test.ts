import { afterAll, beforeAll, expect, it } from "vitest";
import { sealingSecret } from "@/lib/security/sealed-text";
import { outboxDelivery } from "@/test/support/outbox-delivery";
import { SmtpTestServer } from "@/test/support/smtp-test-server";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { queueSignInLink } from "./queue-sign-in-link";

const APP_URL = "https://studio.test";

describeEachDatabase("sign-in links through the outbox", { poolSize: 4 }, ({ db }) => {
  let smtp: SmtpTestServer;
  let deliver: () => Promise<unknown>;
  let settings: { appUrl: string; studioName: string; secret: string };
  const link = (email: string, token: string) =>
    `${APP_URL}/api/auth/callback/email?${new URLSearchParams({ callbackUrl: `${APP_URL}/admin`, token, email })}`;

  beforeAll(async () => {
    smtp = await new SmtpTestServer().start();
    deliver = outboxDelivery(db, smtp);
    // The key the worker's renderer finds in the database when AUTH_SECRET is not set.
    settings = { appUrl: APP_URL, studioName: "Studio Desk", secret: await sealingSecret(db, undefined) };
  });
  afterAll(async () => {
    await smtp.stop();
  });

  it("queues a link for staff only, never stores it readably, and sends it", async () => {
    const staff = await createStaff(db);
    const token = `tok${Date.now()}secret`;
    const expires = new Date(Date.now() + 15 * 60_000);
    expect(await queueSignInLink(db, { identifier: `stranger.${Date.now()}@example.com`, url: link("x", token), expires }, settings)).toBeNull();
    const id = await queueSignInLink(db, { identifier: staff.email, url: link(staff.email, token), expires }, settings);
    expect(id).not.toBeNull();

    const queued = await db.outboxMessage.findUniqueOrThrow({ where: { id: id! } });
    expect(queued).toMatchObject({ kind: "staff.sign-in-link", toAddress: staff.email, subject: "Sign in to Studio Desk", status: "PENDING", htmlBody: null });
    expect(JSON.stringify(queued)).not.toContain(token);

    await deliver();
    const mail = smtp.received.find((candidate) => candidate.envelopeTo.includes(staff.email))!;
    expect(mail.parsed.subject).toBe("Sign in to Studio Desk");
    expect(mail.parsed.messageId).toBe(`<${id}@studio.test>`);
    const sentLink = new URL(/https:\/\/studio\.test\/admin\/sign-in\/confirm\?[^\s"<]+/.exec(mail.parsed.text ?? "")![0]);
    expect(sentLink.searchParams.get("token")).toBe(token);
    expect(sentLink.searchParams.get("email")).toBe(staff.email);

    const sent = await db.outboxMessage.findUniqueOrThrow({ where: { id: id! } });
    expect(sent.status).toBe("SENT");
    expect(sent.sealedPayload).toBeNull();
    expect(JSON.stringify(sent)).not.toContain(token);
  });

  it("gives up on a link that expired before it could be sent, and forgets it", async () => {
    const staff = await createStaff(db);
    const id = await queueSignInLink(db, { identifier: staff.email, url: link(staff.email, "expired-token"), expires: new Date(Date.now() - 1_000) }, settings);
    await deliver();
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({ status: "DEAD", sealedPayload: null });
    expect(row.lastError).toMatch(/expired before it could be sent/);
    expect(smtp.received.some((mail) => mail.envelopeTo.includes(staff.email))).toBe(false);
  });
});
