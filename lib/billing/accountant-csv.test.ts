import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import type { Invoice } from "@/lib/generated/prisma/client";
import { createRoom, insertSession } from "@/test/support/booking-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { issueTestInvoice, pay } from "@/test/support/money-report-fixtures";
import { parseCsv } from "@/test/support/parse-csv";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { exportInvoicesCsv, INVOICES_CSV_HEADER } from "./export-invoices-csv";
import { exportPaymentsCsv, PAYMENTS_CSV_HEADER } from "./export-payments-csv";

const EVIL = '=HYPERLINK("http://evil.test","Zoë")';
const at = (iso: string) => new Date(iso);
const ALL = { from: null, to: null };

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}
const rowsOf = (text: string) => parseCsv(text.slice(1));

// Both of the accountant's files, from one set of books in London (BST until 25 October).
describeEachDatabase("the accountant's CSVs", { poolSize: 2 }, ({ db }) => {
  let owner: StaffMember;
  let staff: StaffMember;
  let reference: string;
  const doc: Record<string, Invoice> = {};

  beforeAll(async () => {
    owner = await createStaff(db, "OWNER");
    staff = await createStaff(db);
    await db.studioSettings.update({ where: { id: 1 }, data: { timeZone: "Europe/London", currency: "GBP" } });
    await db.billingSettings.update({ where: { id: 1 }, data: { taxRateBasisPoints: 2000, taxInclusive: true } });
    const lead = await createLead(db);
    reference = lead.reference;
    await db.inquiry.update({ where: { id: lead.id }, data: { name: EVIL, artistName: null } });
    const room = await createRoom(db);
    const { groupId } = await insertSession(db, { inquiryId: lead.id, roomId: room.id, status: "CONFIRMED", startsAt: at("2026-05-10T09:00:00Z"), endsAt: at("2026-05-10T17:00:00Z") });
    const base = { leadId: lead.id, groupId };

    // 23:59 BST on 31 March, then 00:30 BST on 1 April.
    doc.march = await issueTestInvoice(db, { ...base, kind: "DEPOSIT", amountMinor: 1_000, now: at("2026-03-31T22:59:00Z") });
    doc.deposit = await issueTestInvoice(db, { ...base, kind: "DEPOSIT", amountMinor: 25_000, now: at("2026-03-31T23:30:00Z"), dueAt: at("2026-04-14T23:00:00Z") });
    doc.final = await issueTestInvoice(db, { ...base, kind: "FINAL", amountMinor: 100_000, lessDeposit: { grossMinor: 25_000, taxMinor: 4_167 }, now: at("2026-04-20T10:00:00Z"), dueAt: at("2026-05-04T23:00:00Z") });
    doc.refund = await issueTestInvoice(db, { ...base, kind: "CREDIT_NOTE", amountMinor: 10_000, credits: { invoiceId: doc.final.id, reason: "REFUND" }, now: at("2026-04-25T10:00:00Z") });
    doc.failed = await issueTestInvoice(db, { ...base, kind: "CREDIT_NOTE", amountMinor: 5_000, credits: { invoiceId: doc.final.id, reason: "REFUND" }, now: at("2026-04-26T10:00:00Z") });
    doc.credit = await issueTestInvoice(db, { ...base, kind: "CREDIT_NOTE", amountMinor: 2_000, credits: { invoiceId: doc.final.id, reason: "ACCOUNT_CREDIT" }, now: at("2026-04-27T10:00:00Z") });

    await pay(db, doc.deposit, { amountMinor: 25_000, reference: "=cmd|' /C calc'!A0", receivedAt: at("2026-04-02T09:00:00Z") });
    const card = await pay(db, doc.final, { amountMinor: 50_000, method: "STRIPE", reference: "pi_final", stripePaymentIntentId: "pi_final", receivedAt: at("2026-04-30T23:30:00Z") });
    await db.refund.createMany({
      data: [
        { paymentId: card.id, creditNoteId: doc.refund.id, amountMinor: 10_000, status: "SUCCEEDED", createdAt: at("2026-04-25T10:00:00Z") },
        { paymentId: card.id, creditNoteId: doc.failed.id, amountMinor: 5_000, status: "FAILED", createdAt: at("2026-04-26T10:00:00Z") },
      ],
    });
  });

  it("lists every invoice and credit note in order of issue, across batches, with London dates, decimal amounts and balances", async () => {
    const text = await readAll(await exportInvoicesCsv(db, owner, ALL, { batchSize: 2 }));
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = rowsOf(text);
    expect(header).toEqual(INVOICES_CSV_HEADER);
    const buyer = `'${EVIL}`; // neutralised: a spreadsheet shows it as text, never runs it
    expect(rows).toEqual([
      [doc.march.number, "Deposit invoice", "2026-03-31", "", reference, buyer, "GBP", "8.33", "1.67", "10.00", "0.00", "10.00", "", "", "0.00", "10.00"],
      [doc.deposit.number, "Deposit invoice", "2026-04-01", "2026-04-15", reference, buyer, "GBP", "208.33", "41.67", "250.00", "0.00", "250.00", "", "", "250.00", "0.00"],
      // Due 750.00 less the two refund credits (account credit lowers nothing); paid 500.00 less the refund that went through.
      [doc.final.number, "Final invoice", "2026-04-20", "2026-05-05", reference, buyer, "GBP", "833.33", "166.67", "1000.00", "250.00", "750.00", "", "", "400.00", "200.00"],
      [doc.refund.number, "Credit note", "2026-04-25", "", reference, buyer, "GBP", "83.33", "16.67", "100.00", "0.00", "100.00", doc.final.number, "Refund", "", ""],
      [doc.failed.number, "Credit note", "2026-04-26", "", reference, buyer, "GBP", "41.67", "8.33", "50.00", "0.00", "50.00", doc.final.number, "Refund", "", ""],
      [doc.credit.number, "Credit note", "2026-04-27", "", reference, buyer, "GBP", "16.67", "3.33", "20.00", "0.00", "20.00", doc.final.number, "Account credit", "", ""],
    ]);
  });

  it("keeps to the dates asked for, in the studio's zone", async () => {
    const april = rowsOf(await readAll(await exportInvoicesCsv(db, owner, { from: "2026-04-01", to: "2026-04-25" })));
    expect(april.slice(1).map((row) => row[0])).toEqual([doc.deposit.number, doc.final.number, doc.refund.number]);
    const fromMay = rowsOf(await readAll(await exportInvoicesCsv(db, owner, { from: "2026-05-01", to: null })));
    expect(fromMay).toEqual([INVOICES_CSV_HEADER]);
  });

  it("lists every payment with what was refunded from it and how its refunds stand", async () => {
    const text = await readAll(await exportPaymentsCsv(db, owner, ALL, { batchSize: 1 }));
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(rowsOf(text)).toEqual([
      PAYMENTS_CSV_HEADER,
      ["2026-04-02", doc.deposit.number, reference, "Bank transfer", "'=cmd|' /C calc'!A0", "GBP", "250.00", "0.00", ""],
      // 23:30 UTC on 30 April is 00:30 on 1 May in London.
      ["2026-05-01", doc.final.number, reference, "Card (Stripe)", "pi_final", "GBP", "500.00", "100.00", "Succeeded, Failed"],
    ]);
    const april = rowsOf(await readAll(await exportPaymentsCsv(db, owner, { from: "2026-04-01", to: "2026-04-30" })));
    expect(april.slice(1).map((row) => row[0])).toEqual(["2026-04-02"]);
  });

  it("is for the owner only", async () => {
    await expect(exportInvoicesCsv(db, staff, ALL)).rejects.toMatchObject({ code: "not-owner" });
    await expect(exportPaymentsCsv(db, staff, ALL)).rejects.toMatchObject({ code: "not-owner" });
  });

  it("reads a batch only when the consumer asks", async () => {
    const reader = (await exportInvoicesCsv(db, owner, ALL, { batchSize: 2 })).getReader();
    const header = await reader.read();
    expect(new TextDecoder().decode(header.value)).toContain('"Number"');
    const first = await reader.read();
    expect(parseCsv(new TextDecoder().decode(first.value))).toHaveLength(2);
    await reader.cancel();
  });
});
