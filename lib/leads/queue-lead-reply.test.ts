import { afterAll, beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createPrismaClient } from "@/lib/database/create-prisma-client";
import { ExpectedError } from "@/lib/errors/expected-error";
import { createInquiry } from "@/lib/inquiries/create-inquiry";
import { inquiryContext, validInquiry } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { outboxDelivery } from "@/test/support/outbox-delivery";
import { SmtpTestServer } from "@/test/support/smtp-test-server";
import { describeEachDatabase } from "@/test/test-databases";
import { eraseLead } from "./erase-lead";
import { queueLeadReply } from "./queue-lead-reply";

describeEachDatabase("queueLeadReply", { poolSize: 4 }, ({ db, url: databaseUrl }) => {
  let smtp: SmtpTestServer;
  let sam: StaffMember;
  let deliver: () => Promise<unknown>;
  const settings = () => inquiryContext(db).emailSettings;
  beforeAll(async () => {
    smtp = await new SmtpTestServer().start();
    deliver = outboxDelivery(db, smtp);
    sam = await createStaff(db, "STAFF", { name: "Sam Okafor" });
  });
  afterAll(async () => {
    await smtp.stop();
  });

  const received = (messageId: string) => smtp.received.filter((mail) => mail.parsed.messageId === messageId);
  const rowOf = (id: string) => db.outboxMessage.findUniqueOrThrow({ where: { id } });
  const acknowledgementOf = (leadId: string) => db.outboxMessage.findFirstOrThrow({ where: { inquiryId: leadId, kind: "inquiry.acknowledgement" } });

  it("sends the reply in the thread of the acknowledgement, escaped, with line breaks, and moves the lead on", async () => {
    const lead = await createLead(db);
    await deliver();
    const ack = await acknowledgementOf(lead.id);
    const now = new Date();
    const body = "Hi Kofi,\n\nThanks <script>alert(1)</script> & welcome.\nCan you do 3 March?";
    const id = await queueLeadReply(db, sam, { leadId: lead.id, body: `  ${body}\n`, now }, settings());
    await deliver();

    const [mail] = received((await rowOf(id)).messageId);
    expect(mail.envelopeTo).toEqual([lead.input.email]);
    expect(mail.parsed.subject).toBe(`Re: We received your inquiry (${lead.reference})`);
    expect(mail.parsed.inReplyTo).toBe(ack.messageId);
    expect(mail.parsed.references).toBe(ack.messageId);
    expect(mail.parsed.replyTo?.[0]).toMatchObject({ address: "hello@studio.test" });
    expect(mail.parsed.html).toContain("Thanks &lt;script&gt;alert(1)&lt;/script&gt; &amp; welcome.<br/>Can you do 3 March?");
    expect(mail.parsed.html).not.toContain("<script>");
    expect(mail.parsed.html).toContain(`Sam Okafor, Studio Desk · hello@studio.test · +44 20 7946 0000 · your reference ${lead.reference}`);
    expect(mail.parsed.text).toContain("Thanks <script>alert(1)</script> & welcome.\nCan you do 3 March?");
    expect(await rowOf(id)).toMatchObject({ kind: "lead.reply", status: "SENT", replyTo: "hello@studio.test", createdAt: now });

    expect(await db.inquiry.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ status: "CONTACTED", firstRespondedAt: now });
    const events = await db.leadEvent.findMany({ where: { inquiryId: lead.id } });
    expect(events.map((event) => [event.type, event.actorId, event.outboxMessageId, event.toStatus]).sort()).toEqual([
      ["REPLY_QUEUED", sam.id, id, null],
      ["STATUS_CHANGED", sam.id, null, "CONTACTED"],
    ]);
  });

  it("threads a later reply after the earlier one, and leaves the status and first response alone", async () => {
    const lead = await createLead(db);
    const ack = await acknowledgementOf(lead.id);
    const first = await queueLeadReply(db, sam, { leadId: lead.id, body: "First", now: new Date(Date.now() - 60_000) }, settings());
    const second = await queueLeadReply(db, sam, { leadId: lead.id, body: "Second" }, settings());
    const third = await queueLeadReply(db, sam, { leadId: lead.id, body: "Third" }, settings());
    await deliver();
    const [firstRow, secondRow, thirdRow] = await Promise.all([rowOf(first), rowOf(second), rowOf(third)]);
    const [mail] = received(thirdRow.messageId);
    expect(mail.parsed.inReplyTo).toBe(secondRow.messageId);
    expect(mail.parsed.references).toBe(`${ack.messageId} ${firstRow.messageId} ${secondRow.messageId}`);
    expect(mail.parsed.subject).toBe(`Re: We received your inquiry (${lead.reference})`);
    const stored = await db.inquiry.findUniqueOrThrow({ where: { id: lead.id } });
    expect(stored).toMatchObject({ status: "CONTACTED", firstRespondedAt: firstRow.createdAt });
    expect(await db.leadEvent.count({ where: { inquiryId: lead.id, type: "STATUS_CHANGED" } })).toBe(1);
  });

  it("threads two replies sent at the same moment one after the other", async () => {
    const other = createPrismaClient(databaseUrl, { poolSize: 2 });
    try {
      const lead = await createLead(db);
      const ack = await acknowledgementOf(lead.id);
      const ids = await Promise.all([
        queueLeadReply(db, sam, { leadId: lead.id, body: "One" }, settings()),
        queueLeadReply(other, sam, { leadId: lead.id, body: "Two" }, settings()),
      ]);
      const rows = await Promise.all(ids.map(rowOf));
      const [earlier, later] = rows.sort((a, b) => (a.inReplyTo === ack.messageId ? -1 : b.inReplyTo === ack.messageId ? 1 : 0));
      expect(earlier.inReplyTo).toBe(ack.messageId);
      expect(later.inReplyTo).toBe(earlier.messageId);
      expect(await db.leadEvent.count({ where: { inquiryId: lead.id, type: "STATUS_CHANGED" } })).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });

  it("starts a thread of its own for a lead that was never acknowledged (it came in as spam)", async () => {
    const input = validInquiry();
    const spam = await createInquiry(
      { input, clientIp: "203.0.113.9", formSignals: { honeypot: "x", formToken: null, idempotencyKey: null } },
      inquiryContext(db),
    );
    const id = await queueLeadReply(db, sam, { leadId: spam.id, body: "Sorry, our filter caught your inquiry." }, settings());
    await deliver();
    const [mail] = received((await rowOf(id)).messageId);
    expect(mail.parsed.subject).toBe(`About your inquiry (${spam.reference})`);
    expect(mail.parsed.inReplyTo).toBeUndefined();
    // Still SPAM: moving it out is a decision of its own.
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: spam.id } })).toMatchObject({ status: "SPAM", firstRespondedAt: expect.any(Date) });
  });

  it("refuses an empty or overlong reply, a missing lead and an erased one, queueing nothing", async () => {
    const lead = await createLead(db);
    const before = await db.outboxMessage.count({ where: { inquiryId: lead.id } });
    const empty = await queueLeadReply(db, sam, { leadId: lead.id, body: "  \n " }, settings()).catch((error: unknown) => error);
    expect(empty).toMatchObject({ code: "lead-invalid" });
    expect((empty as ExpectedError).fieldErrors).toEqual({ body: ["Write your reply"] });
    await expect(queueLeadReply(db, sam, { leadId: lead.id, body: "x".repeat(10_001) }, settings())).rejects.toMatchObject({ code: "lead-invalid" });
    await queueLeadReply(db, sam, { leadId: lead.id, body: "x".repeat(10_000) }, settings()).then((id) => db.outboxMessage.delete({ where: { id } }));
    await expect(queueLeadReply(db, sam, { leadId: crypto.randomUUID(), body: "Hello" }, settings())).rejects.toMatchObject({ code: "lead-not-found" });
    await eraseLead(db, await createStaff(db, "OWNER"), { leadId: lead.id });
    await expect(queueLeadReply(db, sam, { leadId: lead.id, body: "Hello" }, settings())).rejects.toMatchObject({ code: "lead-erased" });
    expect(await db.outboxMessage.count({ where: { inquiryId: lead.id } })).toBe(before);
  });
});
