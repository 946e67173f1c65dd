import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createPrismaClient } from "@/lib/database/create-prisma-client";
import { createInquiry } from "@/lib/inquiries/create-inquiry";
import { invoiceDraft, issueAlone, setUpBilling } from "@/test/support/billing-fixtures";
import { inquiryContext, validInquiry } from "@/test/support/inquiry-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { createRoom, insertSession } from "@/test/support/booking-fixtures";
import { insertProposal, issueTestInvoice, pay } from "@/test/support/money-report-fixtures";
import { outboxDelivery } from "@/test/support/outbox-delivery";
import { SmtpTestServer } from "@/test/support/smtp-test-server";
import { describeEachDatabase } from "@/test/test-databases";
import { addLeadNote } from "./add-lead-note";
import { changeLeadStatus } from "./change-lead-status";
import { eraseLead } from "./erase-lead";
import { queueLeadReply } from "./queue-lead-reply";

describeEachDatabase("eraseLead", { poolSize: 4 }, ({ db, url: databaseUrl }) => {
  let smtp: SmtpTestServer;
  let owner: StaffMember;
  let staff: StaffMember;
  let deliver: () => Promise<unknown>;
  beforeAll(async () => {
    smtp = await new SmtpTestServer().start();
    deliver = outboxDelivery(db, smtp);
    owner = await createStaff(db, "OWNER");
    staff = await createStaff(db);
  });
  afterAll(async () => {
    await smtp.stop();
  });

  /** A lead with everything personal the studio can hold about an artist: sent and unsent mail, a dead one, notes. */
  async function leadWithHistory() {
    const unique = crypto.randomUUID().slice(0, 8);
    const phone = "+44 7700 900123";
    const input = validInquiry({
      name: `Ximena Quarshie ${unique}`,
      email: `xq.${unique}@artist.example`,
      phone,
      artistName: `The Quarshie Quartet ${unique}`,
      referenceLinks: [`https://music.example/xq-${unique}`],
      message: `Hi, I am Ximena ${unique}; my band wants to record an album of ten songs this spring.`,
    });
    const lead = await createInquiry({ input, idempotencyKey: `form:${unique}`, clientIp: "203.0.113.9", formSignals: null }, inquiryContext(db));
    await deliver(); // the notification and the acknowledgement are SENT, their bodies stored
    await changeLeadStatus(db, staff, { leadId: lead.id, from: "NEW", to: "CONTACTED" });
    await addLeadNote(db, staff, { leadId: lead.id, body: `Ximena ${unique} called from +44 7700 900123.` });
    const dead = await queueLeadReply(db, staff, { leadId: lead.id, body: `Dear Ximena ${unique}` }, inquiryContext(db).emailSettings);
    await db.outboxMessage.update({ where: { id: dead }, data: { status: "DEAD", lastError: `550 <${input.email}>: no such user` } });
    await queueLeadReply(db, staff, { leadId: lead.id, body: `Dear Ximena ${unique}, again` }, inquiryContext(db).emailSettings); // PENDING
    // Money: an accepted proposal, an invoice paid by bank transfer (the artist's name in its
    // reference) and by card, and an extra in the studio's own words.
    const room = await createRoom(db);
    const session = await insertSession(db, { inquiryId: lead.id, roomId: room.id, status: "CONFIRMED", startsAt: new Date("2027-01-12T10:00:00Z"), endsAt: new Date("2027-01-12T18:00:00Z") });
    const acceptance = { name: input.name, ip: "198.51.100.77", userAgent: `Mozilla/5.0 (X11; Ximena ${unique})`, at: new Date("2026-11-20T12:00:00Z") };
    await insertProposal(db, { leadId: lead.id, groupId: session.groupId, totalMinor: 60_000, accepted: acceptance });
    await insertProposal(db, { leadId: lead.id, groupId: session.groupId, version: 2, totalMinor: 65_000 }); // sent, not accepted
    await db.bookingExtra.create({ data: { inquiryId: lead.id, groupId: session.groupId, description: "Two reels of tape", amountMinor: 9_000 } });
    const invoice = await issueTestInvoice(db, { kind: "FINAL", leadId: lead.id, groupId: session.groupId, amountMinor: 60_000 });
    await pay(db, invoice, { amountMinor: 20_000, reference: `X QUARSHIE ${unique} ${lead.reference}` });
    const intent = `pi_${crypto.randomUUID().replaceAll("-", "")}`;
    await pay(db, invoice, { amountMinor: 10_000, method: "STRIPE", reference: intent, stripePaymentIntentId: intent });
    // The phone's subscriber digits catch it in any formatting; four digits alone ("7700") also
    // turned up, now and then, inside a random UUID.
    const secrets = [input.name, input.email, phone, input.artistName, input.message, ...input.referenceLinks, unique, "Ximena", "Quarshie", "900123", acceptance.ip, acceptance.userAgent];
    return { lead, input, secrets, invoice, acceptance };
  }

  /** Every stored column of the lead, its emails and its notes, as PostgreSQL has them. */
  async function storedAbout(leadId: string) {
    const [{ row }] = await db.$queryRaw<{ row: unknown }[]>`SELECT row_to_json(i) AS row FROM "Inquiry" i WHERE id = ${leadId}::uuid`;
    const emails = await db.$queryRaw<{ row: { status: string; lastError: string | null; subject: string } }[]>`
      SELECT row_to_json(o) AS row FROM "OutboxMessage" o WHERE "inquiryId" = ${leadId}::uuid`;
    const notes = await db.$queryRaw<{ row: unknown }[]>`SELECT row_to_json(n) AS row FROM "LeadNote" n WHERE "inquiryId" = ${leadId}::uuid`;
    // An invoice keeps its buyer's name on purpose (the law wants it); every other column counts.
    const invoices = await db.$queryRaw<{ row: { buyerEmail: string | null } }[]>`
      SELECT to_jsonb(i) - 'buyerName' AS row FROM "Invoice" i WHERE "inquiryId" = ${leadId}::uuid`;
    const proposals = await db.$queryRaw<{ row: { acceptedAt: string | null; acceptedName: string | null; termsVersion: number } }[]>`
      SELECT row_to_json(p) AS row FROM "Proposal" p WHERE "inquiryId" = ${leadId}::uuid`;
    const payments = await db.$queryRaw<{ row: { method: string; reference: string } }[]>`
      SELECT row_to_json(p) AS row FROM "Payment" p JOIN "Invoice" i ON i."id" = p."invoiceId" WHERE i."inquiryId" = ${leadId}::uuid`;
    const money = { invoices, proposals, payments };
    return { row, emails, notes, money, everything: JSON.stringify([row, emails, notes, money]) };
  }

  it("leaves nothing personal on the lead, its notes, its emails or its money records, and sends nothing more", async () => {
    const { lead, input, secrets } = await leadWithHistory();
    const sentBefore = smtp.to(input.email).length;
    const before = await storedAbout(lead.id);
    for (const secret of secrets) expect(before.everything).toContain(secret); // the check below can fail
    await eraseLead(db, owner, { leadId: lead.id });

    const { row, emails, notes, everything } = await storedAbout(lead.id);
    for (const secret of secrets) expect(everything).not.toContain(secret);
    expect(notes).toEqual([]);

    expect(row).toMatchObject({ status: "CONTACTED", genres: ["soul", "indie"], reference: lead.reference, idempotencyKey: null, erasedAt: expect.any(String) });
    expect(emails).toHaveLength(4);
    expect(emails.map(({ row }) => [row.status, row.lastError]).sort()).toEqual([
      ["DEAD", "Erased before delivery"],
      ["DEAD", "Error details erased with the lead"],
      ["SENT", null],
      ["SENT", null],
    ]);
    expect(emails.every(({ row }) => row.subject === "(erased)")).toBe(true);

    const found = await db.$queryRaw<unknown[]>`
      SELECT 1 FROM "Inquiry" WHERE id = ${lead.id}::uuid AND "searchDocument" @@ to_tsquery('simple', 'ximena')`;
    expect(found).toEqual([]);

    const events = await db.leadEvent.findMany({ where: { inquiryId: lead.id, type: "ERASED" } });
    expect(events).toEqual([expect.objectContaining({ actorId: owner.id })]);

    await deliver();
    expect(smtp.to(input.email)).toHaveLength(sentBefore);
  });

  it("keeps the money records the books need: the invoice with its buyer's name, when and under which terms it was agreed, the amounts", async () => {
    const { lead, input, invoice, acceptance } = await leadWithHistory();
    await eraseLead(db, owner, { leadId: lead.id });

    const kept = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(kept).toEqual({ ...invoice, buyerEmail: null });
    expect(kept.buyerName).toBe(`${input.name} (${input.artistName})`);
    expect(await db.proposal.findMany({ where: { inquiryId: lead.id }, orderBy: { version: "asc" } })).toEqual([
      expect.objectContaining({ acceptedAt: acceptance.at, acceptedName: "", acceptedIp: null, acceptedUserAgent: null, termsVersion: 1, totalMinor: 60_000 }),
      expect.objectContaining({ acceptedAt: null, acceptedName: null, acceptedIp: null, acceptedUserAgent: null, totalMinor: 65_000 }),
    ]);
    const payments = await db.payment.findMany({ where: { invoiceId: invoice.id }, orderBy: { method: "asc" }, select: { method: true, reference: true, amountMinor: true } });
    expect(payments).toEqual([
      { method: "BANK_TRANSFER", reference: "", amountMinor: 20_000 },
      { method: "STRIPE", reference: expect.stringMatching(/^pi_/), amountMinor: 10_000 },
    ]);
    expect(await db.bookingExtra.findMany({ where: { inquiryId: lead.id }, select: { description: true, amountMinor: true } })).toEqual([{ description: "Two reels of tape", amountMinor: 9_000 }]);
  });

  it("is refused by the database when it leaves personal data on the money records", async () => {
    const { lead, input } = await leadWithHistory();
    // On a connection of its own: Prisma's pg adapter never hands back a connection whose COMMIT
    // failed, and the pool would wait for it when the test disconnects.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(
        `UPDATE "Inquiry" SET "name" = '', "email" = '', "phone" = NULL, "artistName" = NULL, "message" = '', "referenceLinks" = '{}',
          "idempotencyKey" = NULL, "requestFingerprint" = NULL, "erasedAt" = now() WHERE "id" = $1`,
        [lead.id],
      );
      await expect(client.query("COMMIT")).rejects.toThrow(/still hold personal data/);
    } finally {
      await client.end();
    }
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ erasedAt: null, email: input.email });
  });

  it("leaves nothing behind when a note and a reply are written while it runs", async () => {
    const other = createPrismaClient(databaseUrl, { poolSize: 4 });
    try {
      for (let round = 0; round < 5; round++) {
        const lead = await createInquiry({ input: validInquiry(), clientIp: "203.0.113.9", formSignals: null }, inquiryContext(db));
        const results = await Promise.allSettled([
          addLeadNote(other, staff, { leadId: lead.id, body: "Kofi called." }),
          queueLeadReply(other, staff, { leadId: lead.id, body: "Dear Kofi" }, inquiryContext(db).emailSettings),
          eraseLead(db, owner, { leadId: lead.id }),
        ]);
        expect(results[2].status).toBe("fulfilled");
        const { emails, notes } = await storedAbout(lead.id);
        expect(notes).toEqual([]);
        expect(emails.every(({ row }) => row.subject === "(erased)" && row.status !== "PENDING")).toBe(true);
      }
    } finally {
      await other.$disconnect();
    }
  });

  it("blanks where the lead's invoices were sent, and keeps the invoices", async () => {
    await setUpBilling(db);
    const { lead, input } = await leadWithHistory();
    const group = await db.bookingGroup.create({ data: { inquiryId: lead.id } });
    const invoice = await issueAlone(db, invoiceDraft(lead.id, group.id));
    expect(invoice.buyerEmail).toBe(input.email);
    await eraseLead(db, owner, { leadId: lead.id });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toEqual({ ...invoice, buyerEmail: null });
  });

  it("does nothing the second time", async () => {
    const { lead } = await leadWithHistory();
    await eraseLead(db, owner, { leadId: lead.id, now: new Date("2026-12-01T10:00:00Z") });
    await eraseLead(db, owner, { leadId: lead.id, now: new Date("2026-12-02T10:00:00Z") });
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ erasedAt: new Date("2026-12-01T10:00:00Z") });
    expect(await db.leadEvent.count({ where: { inquiryId: lead.id, type: "ERASED" } })).toBe(1);
  });

  it("is for the owner only", async () => {
    const { lead, input } = await leadWithHistory();
    await expect(eraseLead(db, staff, { leadId: lead.id })).rejects.toMatchObject({ code: "not-owner" });
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ email: input.email, erasedAt: null });
    expect(await db.leadNote.count({ where: { inquiryId: lead.id } })).toBe(1);
  });

  it("says so when there is no such lead", async () => {
    await expect(eraseLead(db, owner, { leadId: crypto.randomUUID() })).rejects.toMatchObject({ code: "lead-not-found" });
    await expect(eraseLead(db, owner, { leadId: "x" })).rejects.toMatchObject({ code: "lead-not-found" });
  });
});
