// An issued invoice reaches the artist as an email with its PDF attached, through the outbox and a
// real SMTP server; the PDF is drawn at each attempt, so a retry carries it too.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Invoice } from "@/lib/generated/prisma/client";
import { eraseLead } from "@/lib/leads/erase-lead";
import { createBilledLead, invoiceDraft, issueAlone, setUpBilling } from "@/test/support/billing-fixtures";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { outboxDelivery } from "@/test/support/outbox-delivery";
import { pdfText } from "@/test/support/pdf-text";
import { SmtpTestServer, type ReceivedMail } from "@/test/support/smtp-test-server";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { queueInvoiceEmail } from "./queue-invoice-email";

const NOW = new Date("2026-12-01T12:00:00Z");
const HOUR = 3_600_000;

describeEachDatabase("queueInvoiceEmail", { poolSize: 4 }, ({ db }) => {
  let smtp: SmtpTestServer;
  let clock = 0;
  let deliver: () => Promise<unknown>;
  const settings = () => inquiryContext(db).emailSettings;
  beforeAll(async () => {
    await setUpBilling(db);
    smtp = await new SmtpTestServer().start();
    deliver = outboxDelivery(db, smtp, () => new Date(Date.now() + clock));
  });
  afterAll(async () => {
    await smtp.stop();
  });

  /** Issues an invoice and queues its email in the same transaction, as the studio's action does. */
  async function issueAndQueue(lead: { id: string }, groupId: string, overrides: Parameters<typeof invoiceDraft>[2] = {}) {
    let messageId: string | null = null;
    const invoice = await issueAlone(db, invoiceDraft(lead.id, groupId, { now: NOW, ...overrides }), async (tx, issued) => {
      messageId = await queueInvoiceEmail(tx, { invoiceId: issued.id, now: NOW }, settings());
    });
    return { invoice, messageId: messageId as string | null };
  }
  const invoiceMail = (to: string, invoice: Invoice) => smtp.to(to).filter((mail) => mail.parsed.subject?.includes(invoice.number));
  const pdfOf = (mail: ReceivedMail) => {
    const [attachment, ...others] = mail.parsed.attachments;
    expect(others).toEqual([]);
    expect(attachment).toMatchObject({ mimeType: "application/pdf", disposition: "attachment" });
    return { filename: attachment!.filename, pdf: Buffer.from(attachment!.content as ArrayBuffer) };
  };

  it("sends the artist the invoice as a PDF, with the amount due, the due date, how to pay and their page", async () => {
    const { lead, groupId } = await createBilledLead(db, { name: "Nakamura 中村", artistName: null });
    const { invoice, messageId } = await issueAndQueue(lead, groupId);
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: messageId! } });
    const acknowledgement = await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: lead.id, kind: "inquiry.acknowledgement" } });
    expect(row).toMatchObject({
      kind: "invoice.issued",
      toAddress: lead.input.email,
      replyTo: "hello@studio.test",
      subject: `Invoice ${invoice.number}: £500.00 due by 15 December 2026 (${lead.reference})`,
      inReplyTo: acknowledgement.messageId,
      htmlBody: null,
    });

    await deliver();
    const [mail, ...again] = invoiceMail(lead.input.email, invoice);
    expect(again).toEqual([]);
    expect(mail!.parsed.text).toContain("Hi Nakamura,");
    expect(mail!.parsed.text).toContain("The amount due is £500.00, to be paid by 15 December 2026.");
    expect(mail!.parsed.text).toContain(`please quote ${invoice.number} as the reference`);
    expect(mail!.parsed.text).toContain("Harbour Sound Ltd\nSort code 12-34-56\nAccount 12345678");
    expect(mail!.parsed.html).toMatch(/href="https:\/\/studio\.test\/your-inquiry\/[^"]+"/);
    const { filename, pdf } = pdfOf(mail!);
    expect(filename).toBe(`${invoice.number}.pdf`);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(pdf);
    expect(text).toContain(invoice.number);
    expect(text).toContain("Nakamura 中村");
    expect(text).toContain("£500.00");
    // The body is kept on the row; the PDF never is.
    const sent = await db.outboxMessage.findUniqueOrThrow({ where: { id: messageId! } });
    expect(sent.status).toBe("SENT");
    expect(sent.textBody).toContain("£500.00");
  });

  it("attaches the PDF again when a first attempt failed, with the body stored at that attempt", async () => {
    const { lead, groupId } = await createBilledLead(db);
    const { invoice, messageId } = await issueAndQueue(lead, groupId, { kind: "DEPOSIT", lines: [{ description: "Deposit: 50 % of £500.00", amountMinor: 25_000 }] });
    smtp.refusing = true;
    await deliver();
    smtp.refusing = false;
    const failed = await db.outboxMessage.findUniqueOrThrow({ where: { id: messageId! } });
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(failed.textBody).toContain("Here is the deposit invoice");

    clock += HOUR;
    await deliver();
    const [mail] = invoiceMail(lead.input.email, invoice);
    expect(mail!.parsed.text?.trim()).toBe(failed.textBody?.trim());
    expect(await pdfText(pdfOf(mail!).pdf)).toContain(invoice.number);
  });

  it("tells the artist what a credit note credits, and attaches it", async () => {
    const { lead, groupId } = await createBilledLead(db);
    const { invoice } = await issueAndQueue(lead, groupId);
    const { invoice: creditNote } = await issueAndQueue(lead, groupId, {
      kind: "CREDIT_NOTE",
      credits: { invoiceId: invoice.id, reason: "CANCELLATION" },
      lines: [{ description: "Cancelled: engineer, 8 hours", amountMinor: 20_000 }],
      dueAt: null,
    });
    await deliver();
    const [mail] = invoiceMail(lead.input.email, creditNote);
    expect(mail!.parsed.subject).toBe(`Credit note ${creditNote.number}: £200.00 credited (${lead.reference})`);
    expect(mail!.parsed.text).toContain(`crediting invoice ${invoice.number}`);
    expect(mail!.parsed.text).toContain("there is nothing for you to pay");
    const text = await pdfText(pdfOf(mail!).pdf);
    expect(text).toContain(creditNote.number);
    expect(text).toContain(`credits invoice ${invoice.number}`);
  });

  it("offers card payment only when the studio takes cards and Stripe is set up", async () => {
    const { lead, groupId } = await createBilledLead(db);
    const invoice = await issueAlone(db, invoiceDraft(lead.id, groupId, { now: NOW }));
    const payloadWith = async (cardPayments: boolean | undefined) => {
      const id = await db.$transaction((tx) => queueInvoiceEmail(tx, { invoiceId: invoice.id, now: NOW }, { ...settings(), cardPayments }));
      return (await db.outboxMessage.findUniqueOrThrow({ where: { id: id! } })).payload as { cardPayments: boolean };
    };
    expect((await payloadWith(undefined)).cardPayments).toBe(false);
    expect((await payloadWith(true)).cardPayments).toBe(true);
    await db.billingSettings.update({ where: { id: 1 }, data: { cardPayments: false } });
    expect((await payloadWith(true)).cardPayments).toBe(false);
    await db.billingSettings.update({ where: { id: 1 }, data: { cardPayments: true } });
  });

  it("sends nothing to an erased lead, and refuses an unknown invoice", async () => {
    const owner = await createStaff(db, "OWNER");
    const { lead, groupId } = await createBilledLead(db);
    const invoice = await issueAlone(db, invoiceDraft(lead.id, groupId, { now: NOW }));
    await eraseLead(db, owner, { leadId: lead.id, now: NOW });
    expect(await db.$transaction((tx) => queueInvoiceEmail(tx, { invoiceId: invoice.id, now: NOW }, settings()))).toBeNull();
    expect(await db.outboxMessage.count({ where: { inquiryId: lead.id, kind: "invoice.issued" } })).toBe(0);
    await expect(db.$transaction((tx) => queueInvoiceEmail(tx, { invoiceId: "not-an-id", now: NOW }, settings()))).rejects.toMatchObject({ code: "invoice-not-found" });
  });
});
