import { describe, expect, it } from "vitest";
import type { Invoice } from "@/lib/generated/prisma/client";
import { pdfText } from "@/test/support/pdf-text";
import { renderInvoicePdf, type InvoiceDocument } from "./render-invoice-pdf";

const OPTIONS = { studioName: "Harbour Sound", timeZone: "Europe/London" };

function invoice(overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
  const base: Invoice = {
    id: "7d1f5f2e-3f7a-4c55-9b7e-0a4a3c1c2b10",
    kind: "FINAL",
    series: "INVOICE",
    sequence: 42,
    number: "INV-0042",
    inquiryId: "0b9d6a43-5d2c-4e0c-8a8e-0f1d2f0c1a11",
    groupId: "5a3b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c12",
    proposalId: null,
    creditsInvoiceId: null,
    creditReason: null,
    currency: "GBP",
    // 23:30 UTC on 30 Nov is already 1 Dec in Tokyo, still 30 Nov in London.
    issuedAt: new Date("2026-11-30T23:30:00Z"),
    dueAt: new Date("2026-12-14T23:30:00Z"),
    lines: [
      { description: "Live room, full day, Mon 30 Nov 2026", amountMinor: 30_000 },
      { description: "Engineer, 8 hours", amountMinor: 20_000 },
    ],
    subtotalMinor: 41_667,
    taxMinor: 8_333,
    totalMinor: 50_000,
    lessDepositMinor: 25_000,
    lessDepositTax: 4_167,
    amountDueMinor: 25_000,
    taxRateBasisPoints: 2000,
    taxInclusive: true,
    taxLabel: "VAT",
    sellerName: "Harbour Sound Ltd",
    sellerAddress: "12 Canal Street\nLondon E1 6AN",
    sellerTaxNumber: "GB123456789",
    paymentInstructions: "Harbour Sound Ltd\nSort code 12-34-56\nAccount 12345678",
    buyerName: "Zoë Adeyemi",
    buyerEmail: "zoe@example.com",
    note: "",
    createdById: null,
  };
  return { ...base, creditsInvoice: null, ...overrides };
}

describe("renderInvoicePdf", () => {
  it("draws a final invoice whose text holds its number, dates, seller, lines, totals, deposit and how to pay", async () => {
    const pdf = await renderInvoicePdf(invoice(), OPTIONS);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(pdf);
    for (const expected of [
      "Invoice",
      "INV-0042",
      "30 November 2026",
      "14 December 2026",
      "Harbour Sound Ltd",
      "12 Canal Street",
      "VAT number GB123456789",
      "Zoë Adeyemi",
      "Live room, full day, Mon 30 Nov 2026",
      "£300.00",
      "Engineer, 8 hours",
      "£200.00",
      "Subtotal (excl. VAT)",
      "£416.67",
      "VAT at 20%",
      "£83.33",
      "Total (incl. VAT)",
      "£500.00",
      "Less deposit (incl. VAT £41.67)",
      "-£250.00",
      "Amount due",
      "Prices include VAT at 20%.",
      "quoting INV-0042 as the reference",
      "Sort code 12-34-56",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("shows dates in the studio's zone", async () => {
    const text = await pdfText(await renderInvoicePdf(invoice(), { ...OPTIONS, timeZone: "Asia/Tokyo" }));
    expect(text).toContain("1 December 2026");
    expect(text).not.toContain("30 November 2026");
  });

  it("says a tax added on top is added, and titles a deposit invoice", async () => {
    const text = await pdfText(
      await renderInvoicePdf(
        invoice({ kind: "DEPOSIT", number: "INV-0043", taxInclusive: false, subtotalMinor: 50_000, taxMinor: 10_000, totalMinor: 60_000, lessDepositMinor: 0, lessDepositTax: 0, amountDueMinor: 60_000 }),
        OPTIONS,
      ),
    );
    expect(text).toContain("Deposit invoice");
    expect(text).toContain("VAT at 20% is added to the prices above.");
    expect(text).toContain("£600.00");
    expect(text).not.toContain("Less deposit");
  });

  it("names the invoice a credit note credits, and why, without asking for payment", async () => {
    const creditNote = invoice({
      kind: "CREDIT_NOTE",
      series: "CREDIT_NOTE",
      number: "CN-0007",
      creditsInvoiceId: "7d1f5f2e-3f7a-4c55-9b7e-0a4a3c1c2b10",
      creditsInvoice: { number: "INV-0042" },
      creditReason: "REFUND",
      lines: [{ description: "Refund of the deposit for the cancelled booking", amountMinor: 12_000 }],
      subtotalMinor: 10_000,
      taxMinor: 2_000,
      totalMinor: 12_000,
      lessDepositMinor: 0,
      lessDepositTax: 0,
      amountDueMinor: 12_000,
    });
    const text = await pdfText(await renderInvoicePdf(creditNote, OPTIONS));
    expect(text).toContain("Credit note");
    expect(text).toContain("CN-0007");
    expect(text).toContain("Refund of the deposit for the cancelled booking");
    expect(text).toContain("£120.00");
    expect(text).toContain("credits invoice INV-0042");
    expect(text).toContain("Refund: the amount credited is paid back to you.");
    expect(text).toContain("Amount credited");
    expect(text).not.toContain("How to pay");
  });

  it("keeps names in other scripts, Japanese and Chinese characters included", async () => {
    const text = await pdfText(
      await renderInvoicePdf(invoice({ buyerName: "Nakamura 中村 (Zoë Adeyemi)", lines: [{ description: "Mixing for 中村さん, Дарья and Ελένη", amountMinor: 50_000 }] }), OPTIONS),
    );
    expect(text).toContain("Nakamura 中村 (Zoë Adeyemi)");
    expect(text).toContain("Mixing for 中村さん, Дарья and Ελένη");
  });

  it("draws the same file every time, so an email's retry attaches what the first attempt did", async () => {
    const document = invoice({ buyerName: "Nakamura 中村" });
    const [first, second] = [await renderInvoicePdf(document, OPTIONS), await renderInvoicePdf(document, OPTIONS)];
    expect(first.equals(second)).toBe(true);
  });

  it("runs onto more pages when the lines do, numbering them", async () => {
    const lines = Array.from({ length: 60 }, (_, index) => ({ description: `Session day ${index + 1}`, amountMinor: 1_000 }));
    const text = await pdfText(await renderInvoicePdf(invoice({ lines, totalMinor: 60_000, lessDepositMinor: 0, amountDueMinor: 60_000 }), OPTIONS));
    for (const day of [1, 30, 60]) expect(text).toContain(`Session day ${day} `);
    expect(text).toMatch(/page 2 of [2-9]/);
    expect(text).toContain("Amount due");
  });
});
