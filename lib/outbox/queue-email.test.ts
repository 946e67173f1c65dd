import { expect, it } from "vitest";
import { createMailTransport } from "@/lib/email/create-mail-transport";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { SmtpTestServer } from "@/test/support/smtp-test-server";
import { describeEachDatabase } from "@/test/test-databases";
import { deliverDueMessages } from "./deliver-due-messages";
import { queueEmail, withdrawScheduledEmail } from "./queue-email";
import { createMessageRenderer } from "./render-queued-message";

const APP_URL = "https://studio.test";
const NOW = new Date("2026-12-01T09:00:00Z");

describeEachDatabase("queueEmail", { poolSize: 4 }, ({ db }) => {
  const reminder = (leadId: string, email: string, sendAt: Date, when: string) => ({
    kind: "lead.reply" as const,
    email: { to: email, subject: "Your session tomorrow", inquiryId: leadId, data: { reference: "SD-TEST1", body: `See you ${when}.`, senderName: null } },
    options: { appUrl: APP_URL, now: NOW, sendAt, scheduleKey: `test:${leadId}:reminder` },
  });

  it("threads a message as its kind says and stores what the sender renders it from", async () => {
    const lead = await createLead(db);
    const ack = await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: lead.id, kind: "inquiry.acknowledgement" } });
    const id = await db.$transaction((tx) =>
      queueEmail(tx, "lead.reply", { to: lead.input.email, subject: "Re: hello\r\nBcc: x@evil.test", inquiryId: lead.id, data: { reference: lead.reference, body: "Hi!", senderName: "Sam" } }, { appUrl: APP_URL, now: NOW }),
    );
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ kind: "lead.reply", inReplyTo: ack.messageId, references: ack.messageId, messageId: `<${id}@studio.test>`, nextAttemptAt: NOW, textBody: null });
    expect(row.subject).not.toMatch(/[\r\n]/);
    expect(row.payload).toEqual({ reference: lead.reference, body: "Hi!", senderName: "Sam" });
  });

  it("moves a scheduled message with the change that moves its subject, and withdraws it with the one that cancels it", async () => {
    const lead = await createLead(db);
    const first = reminder(lead.id, lead.input.email, new Date("2026-12-09T09:00:00Z"), "on the 10th");
    await db.$transaction((tx) => queueEmail(tx, first.kind, first.email, first.options));

    // The session moves: in the same transaction, its reminder is replaced by one for the new day.
    const moved = reminder(lead.id, lead.input.email, new Date("2026-12-16T09:00:00Z"), "on the 17th");
    await db.$transaction(async (tx) => {
      await tx.inquiry.update({ where: { id: lead.id }, data: { updatedAt: NOW } }); // stands for the session's own change
      await queueEmail(tx, moved.kind, moved.email, moved.options);
    });
    const key = first.options.scheduleKey;
    const afterMove = await db.outboxMessage.findMany({ where: { scheduleKey: key }, orderBy: { nextAttemptAt: "asc" } });
    expect(afterMove.map((row) => [row.status, row.nextAttemptAt.toISOString()])).toEqual([
      ["WITHDRAWN", "2026-12-09T09:00:00.000Z"],
      ["PENDING", "2026-12-16T09:00:00.000Z"],
    ]);

    // A change that fails takes its withdrawal back with it: the reminder still stands.
    await expect(
      db.$transaction(async (tx) => {
        await withdrawScheduledEmail(tx, key, NOW);
        throw new Error("the cancellation failed");
      }),
    ).rejects.toThrow("the cancellation failed");
    expect(await db.outboxMessage.count({ where: { scheduleKey: key, status: "PENDING" } })).toBe(1);

    // The session is cancelled: its reminder goes with it, and nothing is left to send.
    expect(await db.$transaction((tx) => withdrawScheduledEmail(tx, key, NOW))).toBe(1);
    expect(await db.outboxMessage.count({ where: { scheduleKey: key, status: "PENDING" } })).toBe(0);
  });

  it("gives a scheduled message its day of retries from when it is due, not from when it was queued", async () => {
    const lead = await createLead(db);
    const sendAt = new Date(NOW.getTime() + 6 * 86_400_000);
    const id = await queueEmail(db, "lead.reply", { to: lead.input.email, subject: "Later", inquiryId: lead.id, data: { reference: lead.reference, body: "x", senderName: null } }, { appUrl: APP_URL, now: NOW, sendAt });
    const smtp = await new SmtpTestServer().start();
    smtp.refusing = true; // greylisting: "try again later"
    try {
      const render = createMessageRenderer(db, inquiryContext(db).emailSettings);
      await deliverDueMessages({ db, transport: createMailTransport({ smtpUrl: smtp.url }), render, from: "desk@studio.test", now: () => new Date(sendAt.getTime() + 1_000), log: () => {} });
    } finally {
      await smtp.stop();
    }
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 1, dueAt: sendAt });
  });

  it("never leaves two waiting messages under one key, even when two changes race", async () => {
    const lead = await createLead(db);
    const attempts = ["on the 10th", "on the 11th", "on the 12th"].map((when, i) => reminder(lead.id, lead.input.email, new Date(Date.UTC(2026, 11, 9 + i, 9)), when));
    await Promise.allSettled(attempts.map((attempt) => db.$transaction((tx) => queueEmail(tx, attempt.kind, attempt.email, attempt.options))));
    expect(await db.outboxMessage.count({ where: { scheduleKey: attempts[0].options.scheduleKey, status: "PENDING" } })).toBe(1);
  });
});
