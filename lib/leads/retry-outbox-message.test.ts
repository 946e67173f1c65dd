import { afterAll, beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { outboxDelivery } from "@/test/support/outbox-delivery";
import { SmtpTestServer } from "@/test/support/smtp-test-server";
import { describeEachDatabase } from "@/test/test-databases";
import { eraseLead } from "./erase-lead";
import { queueLeadReply } from "./queue-lead-reply";
import { retryOutboxMessage } from "./retry-outbox-message";

describeEachDatabase("retryOutboxMessage", { poolSize: 4 }, ({ db }) => {
  let smtp: SmtpTestServer;
  let staff: StaffMember;
  let deliver: () => Promise<unknown>;
  beforeAll(async () => {
    smtp = await new SmtpTestServer().start();
    deliver = outboxDelivery(db, smtp);
    staff = await createStaff(db);
  });
  afterAll(async () => {
    await smtp.stop();
  });

  /** A lead whose two emails the mail server refused for good (550: no such mailbox). */
  async function leadWithDeadMail() {
    const lead = await createLead(db);
    smtp.rejectRecipientsWith = 550;
    try {
      await deliver();
    } finally {
      smtp.rejectRecipientsWith = null;
    }
    const acknowledgement = await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: lead.id, kind: "inquiry.acknowledgement" } });
    expect(acknowledgement).toMatchObject({ status: "DEAD", attempts: 1 });
    return { lead, acknowledgement };
  }

  it("queues a dead email again, due now, and it is sent with the same Message-ID", async () => {
    const { lead, acknowledgement } = await leadWithDeadMail();
    const now = new Date();
    await retryOutboxMessage(db, staff, { messageId: acknowledgement.id, leadId: lead.id, now });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: acknowledgement.id } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
      nextAttemptAt: now,
      lastError: acknowledgement.lastError, // until the next attempt says otherwise
    });
    await deliver();
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: acknowledgement.id } })).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(smtp.received.filter((mail) => mail.parsed.messageId === acknowledgement.messageId)).toHaveLength(1);
    expect(await db.leadEvent.findMany({ where: { inquiryId: lead.id } })).toEqual([
      expect.objectContaining({ type: "EMAIL_RETRIED", actorId: staff.id, outboxMessageId: acknowledgement.id }),
    ]);
    // The other email of the lead was not touched.
    expect(await db.outboxMessage.count({ where: { inquiryId: lead.id, status: "DEAD" } })).toBe(1);
  });

  it("gives a retried email a fresh day of tries, however long ago it was first queued", async () => {
    const { lead, acknowledgement } = await leadWithDeadMail();
    await db.outboxMessage.update({ where: { id: acknowledgement.id }, data: { createdAt: new Date(Date.now() - 3 * 86_400_000) } });
    await retryOutboxMessage(db, staff, { messageId: acknowledgement.id, leadId: lead.id });
    smtp.refusing = true; // a temporary failure (451)
    try {
      await deliver();
    } finally {
      smtp.refusing = false;
    }
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: acknowledgement.id } })).toMatchObject({ status: "PENDING", attempts: 1 });
  });

  it("refuses emails that were sent, are still being tried, or are another lead's", async () => {
    const { lead, acknowledgement } = await leadWithDeadMail();
    await retryOutboxMessage(db, staff, { messageId: acknowledgement.id, leadId: lead.id });
    await deliver();
    await expect(retryOutboxMessage(db, staff, { messageId: acknowledgement.id, leadId: lead.id })).rejects.toMatchObject({
      code: "email-not-retryable",
      message: "This email has been sent already; there is nothing to retry.",
    });

    const pending = await queueLeadReply(db, staff, { leadId: lead.id, body: "Hello" }, inquiryContext(db).emailSettings);
    await expect(retryOutboxMessage(db, staff, { messageId: pending, leadId: lead.id })).rejects.toMatchObject({
      code: "email-not-retryable",
      message: "This email is still being tried. It can be retried once delivery has failed for good.",
    });

    const other = await leadWithDeadMail();
    await expect(retryOutboxMessage(db, staff, { messageId: other.acknowledgement.id, leadId: lead.id })).rejects.toThrow(
      "That email is not one of this lead's.",
    );
    await expect(retryOutboxMessage(db, staff, { messageId: "nope", leadId: lead.id })).rejects.toMatchObject({ code: "email-not-found" });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: other.acknowledgement.id } })).toMatchObject({ status: "DEAD" });
    expect(await db.leadEvent.count({ where: { type: "EMAIL_RETRIED", inquiryId: { in: [lead.id, other.lead.id] } } })).toBe(1);
  });

  it("refuses the emails of an erased lead, which have no address or body left", async () => {
    const { lead, acknowledgement } = await leadWithDeadMail();
    await eraseLead(db, await createStaff(db, "OWNER"), { leadId: lead.id });
    await expect(retryOutboxMessage(db, staff, { messageId: acknowledgement.id, leadId: lead.id })).rejects.toMatchObject({ code: "lead-erased" });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: acknowledgement.id } })).toMatchObject({ status: "DEAD" });
  });
});
