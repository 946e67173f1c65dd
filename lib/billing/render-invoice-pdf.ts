// An issued invoice or credit note as a PDF, drawn from the document's own columns only: the
// seller, buyer, tax rule and lines were copied onto it at issue, so the PDF is the same whenever
// it is drawn (for a download, or for each attempt at emailing it). Runs in Next.js route
// handlers and in the worker alike; it reads nothing but its arguments and the font files.
import PDFDocument from "pdfkit";
import type { Invoice } from "../generated/prisma/client";
import { formatMoney } from "../money/format-money";
import { formatStudioDate } from "../time/format-studio-time";
import { moneyLinesSchema } from "./invoice-totals";
import { creditReasonText, invoiceTitle, taxRateText, taxWording } from "./invoice-labels";
import { CONTENT_WIDTH, documentOptions, footer, INK, PAGE, roomFor, rule, write } from "./invoice-pdf-layout";

/** An invoice with the number of the one it credits (a credit note), as loadInvoiceDocument reads it. */
export type InvoiceDocument = Invoice & { creditsInvoice: { number: string } | null };

const RIGHT_COLUMN = PAGE.margin + CONTENT_WIDTH * 0.55;
const RIGHT_WIDTH = PAGE.width - PAGE.margin - RIGHT_COLUMN;
const AMOUNT_WIDTH = 110;
const AMOUNT_X = PAGE.width - PAGE.margin - AMOUNT_WIDTH;

export async function renderInvoicePdf(invoice: InvoiceDocument, { studioName, timeZone }: { studioName: string; timeZone: string }): Promise<Buffer> {
  const title = invoiceTitle[invoice.kind];
  const seller = invoice.sellerName || studioName;
  const money = (minor: number) => formatMoney(minor, invoice.currency);
  const date = (instant: Date) => formatStudioDate(instant, timeZone, "long");
  const doc = new PDFDocument(
    documentOptions({ Title: `${title} ${invoice.number}`, Author: seller, Subject: `${title} ${invoice.number} for ${invoice.buyerName}`, CreationDate: invoice.issuedAt, ModDate: invoice.issuedAt }),
  );
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  // The seller on the right, the document's title and facts on the left.
  let sellerY = write(doc, seller, RIGHT_COLUMN, PAGE.margin, { bold: true, size: 11, width: RIGHT_WIDTH, align: "right" });
  for (const line of [invoice.sellerAddress, invoice.sellerTaxNumber ? `${invoice.taxLabel} number ${invoice.sellerTaxNumber}` : ""].filter(Boolean)) {
    sellerY = write(doc, line, RIGHT_COLUMN, sellerY, { size: 9, color: INK.muted, width: RIGHT_WIDTH, align: "right" });
  }
  let y = write(doc, title, PAGE.margin, PAGE.margin - 4, { bold: true, size: 22, width: CONTENT_WIDTH * 0.5 }) + 8;
  const facts: [string, string][] = [
    ["Number", invoice.number],
    ["Issue date", date(invoice.issuedAt)],
    ...(invoice.dueAt && invoice.kind !== "CREDIT_NOTE" ? [["Due date", date(invoice.dueAt)] as [string, string]] : []),
    ...(invoice.creditsInvoice ? [["Credits invoice", invoice.creditsInvoice.number] as [string, string]] : []),
  ];
  for (const [label, value] of facts) {
    write(doc, label, PAGE.margin, y, { size: 9.5, color: INK.muted, width: 90 });
    y = Math.max(y + 14, write(doc, value, PAGE.margin + 90, y, { size: 9.5, width: 150 }));
  }
  y = Math.max(y, sellerY) + 18;
  write(doc, invoice.kind === "CREDIT_NOTE" ? "Credited to" : "Bill to", PAGE.margin, y, { size: 9.5, color: INK.muted });
  y = write(doc, invoice.buyerName, PAGE.margin, doc.y + 1, { bold: true, size: 11, width: CONTENT_WIDTH * 0.6 }) + 22;

  // The lines, as priced.
  write(doc, "Description", PAGE.margin, y, { bold: true, size: 9.5, width: CONTENT_WIDTH - AMOUNT_WIDTH - 12 });
  write(doc, "Amount", AMOUNT_X, y, { bold: true, size: 9.5, width: AMOUNT_WIDTH, align: "right" });
  y += 16;
  rule(doc, y);
  y += 6;
  for (const line of moneyLinesSchema.parse(invoice.lines)) {
    y = roomFor(doc, y, doc.heightOfString(line.description, { width: CONTENT_WIDTH - AMOUNT_WIDTH - 12 }) + 6);
    write(doc, money(line.amountMinor), AMOUNT_X, y, { size: 10, width: AMOUNT_WIDTH, align: "right" });
    y = write(doc, line.description, PAGE.margin, y, { size: 10, width: CONTENT_WIDTH - AMOUNT_WIDTH - 12 }) + 6;
  }
  rule(doc, y);
  y += 8;

  // The totals, under the amounts.
  const taxed = invoice.taxRateBasisPoints > 0;
  const totals: { label: string; amount: string; strong?: boolean }[] = [];
  if (taxed) {
    totals.push({ label: invoice.taxInclusive ? `Subtotal (excl. ${invoice.taxLabel})` : "Subtotal", amount: money(invoice.subtotalMinor) });
    totals.push({ label: `${invoice.taxLabel} at ${taxRateText(invoice.taxRateBasisPoints)}`, amount: money(invoice.taxMinor) });
  }
  totals.push({ label: taxed ? `Total (incl. ${invoice.taxLabel})` : "Total", amount: money(invoice.totalMinor) });
  if (invoice.lessDepositMinor > 0) {
    totals.push({ label: taxed ? `Less deposit (incl. ${invoice.taxLabel} ${money(invoice.lessDepositTax)})` : "Less deposit", amount: money(-invoice.lessDepositMinor) });
  }
  totals.push({ label: invoice.kind === "CREDIT_NOTE" ? "Amount credited" : "Amount due", amount: money(invoice.amountDueMinor), strong: true });
  y = roomFor(doc, y, totals.length * 16 + 30);
  for (const { label, amount, strong } of totals) {
    write(doc, label, PAGE.margin, y, { size: strong ? 11 : 10, bold: strong, width: AMOUNT_X - PAGE.margin - 12, align: "right" });
    y = write(doc, amount, AMOUNT_X, y, { size: strong ? 11 : 10, bold: strong, width: AMOUNT_WIDTH, align: "right" }) + 3;
  }
  const wording = taxWording(invoice);
  if (wording) y = write(doc, wording, PAGE.margin, y + 6, { size: 9, color: INK.muted, align: "right" });
  y += 24;

  // What to do about it: pay it, or what it credits.
  const section = (heading: string, paragraphs: string[]) => {
    y = roomFor(doc, y, 60);
    y = write(doc, heading, PAGE.margin, y, { bold: true, size: 11 }) + 4;
    for (const paragraph of paragraphs.filter(Boolean)) y = write(doc, paragraph, PAGE.margin, y, { size: 10, lineGap: 3 }) + 6;
    y += 12;
  };
  if (invoice.kind === "CREDIT_NOTE") {
    section("About this credit note", [
      invoice.creditsInvoice ? `This credit note credits invoice ${invoice.creditsInvoice.number}.` : "",
      invoice.creditReason ? creditReasonText[invoice.creditReason] : "",
    ]);
  } else {
    section("How to pay", [
      invoice.dueAt ? `Please pay ${money(invoice.amountDueMinor)} by ${date(invoice.dueAt)}.` : "",
      invoice.paymentInstructions
        ? `By bank transfer, quoting ${invoice.number} as the reference:`
        : `Please ask ${seller} how to pay, quoting ${invoice.number}.`,
      invoice.paymentInstructions,
    ]);
  }
  if (invoice.note) section("Note", [invoice.note]);

  footer(doc, `${seller} · ${title} ${invoice.number}`);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
