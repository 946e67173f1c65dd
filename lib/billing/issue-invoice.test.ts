// The invoice core's promises, against real PostgreSQL: numbers without gaps or duplicates
// however many issue at once or roll back, and documents the database will not let change.
import { beforeAll, expect, it } from "vitest";
import { createBilledLead, invoiceDraft, issueAlone, setUpBilling } from "@/test/support/billing-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { issueInvoice } from "./issue-invoice";

describeEachDatabase("issueInvoice", { poolSize: 12 }, ({ db }) => {
  let lead: { id: string };
  let groupId: string;
  beforeAll(async () => {
    await setUpBilling(db);
    ({ lead, groupId } = await createBilledLead(db));
  });
  const draft = (overrides = {}) => invoiceDraft(lead.id, groupId, overrides);
  /** The whole series' numbers as stored, in order. */
  const series = async (name: "INVOICE" | "CREDIT_NOTE") =>
    (await db.invoice.findMany({ where: { series: name }, orderBy: { sequence: "asc" }, select: { sequence: true, number: true } })).map((row) => row.sequence);
  const expectGapless = (sequences: number[]) => expect(sequences).toEqual(Array.from({ length: sequences.length }, (_, index) => index + 1));

  it("copies the seller, buyer and tax rule onto the invoice and adds it up by the rounding rule", async () => {
    const invoice = await issueAlone(db, draft());
    expect(invoice).toMatchObject({
      sellerName: "Harbour Sound Ltd",
      sellerTaxNumber: "GB123456789",
      taxLabel: "VAT",
      totalMinor: 50_000,
      taxMinor: 8_333,
      subtotalMinor: 41_667,
      amountDueMinor: 50_000,
    });
    expect(invoice.number).toMatch(/^INV-\d{4}$/);
    const event = await db.leadEvent.findFirstOrThrow({ where: { invoiceId: invoice.id } });
    expect(event).toMatchObject({ type: "INVOICE_ISSUED", documentNumber: invoice.number, amountMinor: 50_000 });
  });

  it("gives 50 concurrent issues, each in its own transaction, consecutive numbers with no gap and no duplicate", async () => {
    const before = (await series("INVOICE")).length;
    const issued = await Promise.all(Array.from({ length: 50 }, (_, index) => issueAlone(db, draft({ note: `concurrent ${index}` }))));
    const sequences = issued.map((invoice) => invoice.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, index) => before + index + 1));
    expect(new Set(issued.map((invoice) => invoice.number)).size).toBe(50);
    expectGapless(await series("INVOICE"));
  });

  it("takes a rolled-back invoice's number back, so the next one fills it", async () => {
    const last = Math.max(...(await series("INVOICE")));
    const rolledBack = issueAlone(db, draft(), async () => {
      throw new Error("the rest of the change failed");
    });
    await expect(rolledBack).rejects.toThrow("the rest of the change failed");
    const next = await issueAlone(db, draft());
    expect(next.sequence).toBe(last + 1);
    expectGapless(await series("INVOICE"));
  });

  it("numbers credit notes in their own series, with their own prefix", async () => {
    const invoice = await issueAlone(db, draft());
    const creditNote = await issueAlone(db, draft({ kind: "CREDIT_NOTE", credits: { invoiceId: invoice.id, reason: "CANCELLATION" }, dueAt: null }));
    expect(creditNote.number).toMatch(/^CN-\d{4}$/);
    expect(creditNote.creditsInvoiceId).toBe(invoice.id);
    expectGapless(await series("CREDIT_NOTE"));
  });

  it("refuses an empty invoice without taking a number", async () => {
    const last = Math.max(...(await series("INVOICE")));
    await expect(db.$transaction((tx) => issueInvoice(tx, draft({ lines: [] })))).rejects.toMatchObject({ code: "billing-invalid" });
    expect((await issueAlone(db, draft())).sequence).toBe(last + 1);
  });

  it("refuses, in the database, any change to an issued invoice's totals or lines, and any delete", async () => {
    const invoice = await issueAlone(db, draft());
    const refused = /is issued and cannot (change|be deleted)/;
    await expect(db.$executeRaw`UPDATE "Invoice" SET "totalMinor" = 1 WHERE "id" = ${invoice.id}::uuid`).rejects.toThrow(refused);
    await expect(db.$executeRaw`UPDATE "Invoice" SET "amountDueMinor" = 0, "taxMinor" = 0 WHERE "id" = ${invoice.id}::uuid`).rejects.toThrow(refused);
    await expect(db.$executeRaw`UPDATE "Invoice" SET "lines" = '[]'::jsonb WHERE "id" = ${invoice.id}::uuid`).rejects.toThrow(refused);
    await expect(db.invoice.update({ where: { id: invoice.id }, data: { buyerName: "Someone else" } })).rejects.toThrow(refused);
    await expect(db.invoice.update({ where: { id: invoice.id }, data: { buyerEmail: "other@example.com" } })).rejects.toThrow(refused);
    await expect(db.$executeRaw`DELETE FROM "Invoice" WHERE "id" = ${invoice.id}::uuid`).rejects.toThrow(refused);
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toEqual(invoice);
  });

  it("lets an erasure blank the buyer's email, and nothing else", async () => {
    const invoice = await issueAlone(db, draft());
    await db.invoice.update({ where: { id: invoice.id }, data: { buyerEmail: null } });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toEqual({ ...invoice, buyerEmail: null });
    // Once blank, it stays blank.
    await expect(db.invoice.update({ where: { id: invoice.id }, data: { buyerEmail: "back@example.com" } })).rejects.toThrow(/cannot change/);
  });
});
