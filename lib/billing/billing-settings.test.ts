// The owners' billing settings that are one row's fields: the deposit rule, the tax, the invoice
// details and card payments. The policy and the terms have their own files.
import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { ExpectedError } from "@/lib/errors/expected-error";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { loadBillingSettings } from "./load-billing-settings";
import { saveDepositRule } from "./save-deposit-rule";
import { saveInvoiceDetails } from "./save-invoice-details";
import { saveTaxSettings } from "./save-tax-settings";
import { setCardPayments } from "./set-card-payments";

describeEachDatabase("billing settings", { poolSize: 2 }, ({ db }) => {
  let owner: StaffMember;
  let staff: StaffMember;
  beforeAll(async () => {
    owner = await createStaff(db, "OWNER");
    staff = await createStaff(db, "STAFF");
  });

  const settings = async () => (await loadBillingSettings(db)).settings;
  const fieldErrorsOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ code: "billing-invalid" });
    return (error as ExpectedError).fieldErrors;
  };

  it("starts from the migration's row", async () => {
    expect(await settings()).toMatchObject({ depositRule: "NONE", depositPercent: 50, depositFixedMinor: 0, taxRateBasisPoints: 0, taxInclusive: true, taxLabel: "VAT", invoicePrefix: "INV-", creditNotePrefix: "CN-", paymentTermsDays: 14, cardPayments: true });
  });

  it("sets the deposit rule, storing only the figure the rule uses", async () => {
    expect(await saveDepositRule(db, owner, { depositRule: "PERCENT", depositPercent: " 30 ", depositFixed: "junk" })).toEqual({ depositRule: "PERCENT", depositPercent: 30 });
    expect(await settings()).toMatchObject({ depositRule: "PERCENT", depositPercent: 30, depositFixedMinor: 0 });
    await saveDepositRule(db, owner, { depositRule: "FIXED", depositPercent: "", depositFixed: "£1,250.50" });
    expect(await settings()).toMatchObject({ depositRule: "FIXED", depositPercent: 30, depositFixedMinor: 125_050 });
    await saveDepositRule(db, owner, { depositRule: "NONE", depositPercent: "0", depositFixed: "" });
    expect(await settings()).toMatchObject({ depositRule: "NONE", depositPercent: 30, depositFixedMinor: 125_050 });
  });

  it("names a bad deposit figure or rule, and stores nothing", async () => {
    await saveDepositRule(db, owner, { depositRule: "PERCENT", depositPercent: "40" });
    const before = await settings();
    for (const depositPercent of ["0", "101", "12.5", "", "half"]) {
      expect(await fieldErrorsOf(saveDepositRule(db, owner, { depositRule: "PERCENT", depositPercent })), depositPercent).toEqual({ depositPercent: ["Give the deposit as a whole percentage from 1 to 100."] });
    }
    for (const depositFixed of ["0", "0.00", "-5", "12.345", "", "1,000,000.01", undefined]) {
      expect(await fieldErrorsOf(saveDepositRule(db, owner, { depositRule: "FIXED", depositFixed })), String(depositFixed)).toEqual({
        depositFixed: ["Enter the fixed deposit as an amount such as 100 or 100.50, more than 0 (at most 1,000,000)."],
      });
    }
    for (const depositRule of ["", "ALL", undefined]) {
      expect(await fieldErrorsOf(saveDepositRule(db, owner, { depositRule, depositPercent: "10" })), String(depositRule)).toEqual({ depositRule: ["Choose the deposit: none, a percentage or a fixed amount."] });
    }
    expect(await settings()).toEqual(before);
  });

  it("sets the tax: a rate with up to two decimals in basis points, included or added, its name and number", async () => {
    expect(await saveTaxSettings(db, owner, { taxRate: "5.5", taxInclusive: "added", taxLabel: " GST ", taxNumber: "GB 123 4567 89" })).toEqual({ taxRateBasisPoints: 550, taxInclusive: false, taxLabel: "GST", taxNumber: "GB 123 4567 89" });
    expect(await settings()).toMatchObject({ taxRateBasisPoints: 550, taxInclusive: false, taxLabel: "GST", taxNumber: "GB 123 4567 89" });
    await saveTaxSettings(db, owner, { taxRate: "100", taxInclusive: "included", taxLabel: "VAT", taxNumber: "" });
    expect(await settings()).toMatchObject({ taxRateBasisPoints: 10_000, taxInclusive: true, taxNumber: "" });
    await saveTaxSettings(db, owner, { taxRate: "20", taxInclusive: "included", taxLabel: "VAT", taxNumber: "GB123456789" });
  });

  it("names each bad tax field, and stores nothing", async () => {
    const before = await settings();
    expect(await fieldErrorsOf(saveTaxSettings(db, owner, { taxRate: "20.125", taxInclusive: "maybe", taxLabel: "  ", taxNumber: "x".repeat(41) }))).toEqual({
      taxRate: ["Give the tax rate as a percentage from 0 to 100 with at most two decimals, such as 20 or 5.5."],
      taxInclusive: ["Say whether prices include the tax or have it added on top."],
      taxLabel: ["Name the tax as invoices show it, such as VAT."],
      taxNumber: ["The registration number can be at most 40 characters."],
    });
    for (const taxRate of ["101", "-1", "", "twenty"]) {
      expect(await fieldErrorsOf(saveTaxSettings(db, owner, { taxRate, taxInclusive: "added", taxLabel: "VAT", taxNumber: "" })), taxRate).toHaveProperty("taxRate");
    }
    expect(await fieldErrorsOf(saveTaxSettings(db, owner, { taxRate: "20", taxInclusive: "added", taxLabel: "Value added tax, UK rate", taxNumber: "" }))).toEqual({
      taxLabel: ["The tax's name can be at most 20 characters."],
    });
    expect(await settings()).toEqual(before);
  });

  const details = { legalName: "Canal Street Studios Ltd", address: "12 Canal Street\r\nLondon E1 6AB", invoicePrefix: "CSS/", creditNotePrefix: "CSS-CN/", bankInstructions: "Sort code 00-00-00\nAccount 12345678", paymentTermsDays: "30" };

  it("sets the invoice details", async () => {
    expect(await saveInvoiceDetails(db, owner, details)).toEqual({ ...details, address: "12 Canal Street\nLondon E1 6AB", paymentTermsDays: 30 });
    expect(await settings()).toMatchObject({ legalName: "Canal Street Studios Ltd", address: "12 Canal Street\nLondon E1 6AB", invoicePrefix: "CSS/", creditNotePrefix: "CSS-CN/", paymentTermsDays: 30 });
    await saveInvoiceDetails(db, owner, { ...details, bankInstructions: "", paymentTermsDays: "0" });
    expect(await settings()).toMatchObject({ bankInstructions: "", paymentTermsDays: 0 });
  });

  it("names each bad invoice detail, and stores nothing", async () => {
    await saveInvoiceDetails(db, owner, details);
    const before = await settings();
    expect(await fieldErrorsOf(saveInvoiceDetails(db, owner, { legalName: "", address: " ", invoicePrefix: "INV 2026", creditNotePrefix: "CN-0123456789", bankInstructions: "b".repeat(1001), paymentTermsDays: "366" }))).toEqual({
      legalName: ["Give the studio's legal name, as invoices show it."],
      address: ["Give the studio's address, as invoices show it."],
      invoicePrefix: ["Give the invoice prefix as 1 to 12 letters, digits, - or /, such as INV-."],
      creditNotePrefix: ["Give the credit-note prefix as 1 to 12 letters, digits, - or /, such as CN-."],
      bankInstructions: ["The bank-transfer instructions can be at most 1,000 characters."],
      paymentTermsDays: ["Give the payment terms as a whole number of days from 0 to 365."],
    });
    for (const paymentTermsDays of ["-1", "7.5", "", "a week"]) {
      expect(await fieldErrorsOf(saveInvoiceDetails(db, owner, { ...details, paymentTermsDays })), paymentTermsDays).toEqual({ paymentTermsDays: ["Give the payment terms as a whole number of days from 0 to 365."] });
    }
    expect(await fieldErrorsOf(saveInvoiceDetails(db, owner, { ...details, legalName: "Two\nlines" }))).toEqual({ legalName: ["The legal name contains characters we cannot accept."] });
    expect(await fieldErrorsOf(saveInvoiceDetails(db, owner, { ...details, invoicePrefix: "INVÉ-" }))).toHaveProperty("invoicePrefix");
    expect(await settings()).toEqual(before);
  });

  it("refuses prefixes that could give an invoice and a credit note the same number", async () => {
    const message = { creditNotePrefix: ["Give credit notes a prefix of their own: not the invoice prefix, nor it with digits added, so that no invoice and credit note share a number."] };
    for (const [invoicePrefix, creditNotePrefix] of [["INV-", "INV-"], ["X", "X1"], ["X12", "X"], ["2026-", "2026-9"]]) {
      expect(await fieldErrorsOf(saveInvoiceDetails(db, owner, { ...details, invoicePrefix, creditNotePrefix })), `${invoicePrefix} ${creditNotePrefix}`).toEqual(message);
    }
    // A prefix that carries on with a letter can never meet the other series' digits.
    await saveInvoiceDetails(db, owner, { ...details, invoicePrefix: "INV-", creditNotePrefix: "INV-C" });
    expect(await settings()).toMatchObject({ invoicePrefix: "INV-", creditNotePrefix: "INV-C" });
  });

  it("switches card payment for artists", async () => {
    expect(await setCardPayments(db, owner, { cardPayments: false })).toEqual({ cardPayments: false });
    expect((await settings()).cardPayments).toBe(false);
    expect(await fieldErrorsOf(setCardPayments(db, owner, { cardPayments: "on" }))).toEqual({ cardPayments: ["Say whether artists are offered card payment."] });
    await setCardPayments(db, owner, { cardPayments: true });
    expect((await settings()).cardPayments).toBe(true);
  });

  it("is for owners only, whatever the input", async () => {
    const before = await settings();
    await expect(saveDepositRule(db, staff, { depositRule: "PERCENT", depositPercent: "90" })).rejects.toMatchObject({ code: "not-owner" });
    await expect(saveTaxSettings(db, staff, { taxRate: "x", taxInclusive: "x", taxLabel: "", taxNumber: "" })).rejects.toMatchObject({ code: "not-owner" });
    await expect(saveInvoiceDetails(db, staff, details)).rejects.toMatchObject({ code: "not-owner" });
    await expect(setCardPayments(db, staff, { cardPayments: false })).rejects.toMatchObject({ code: "not-owner" });
    expect(await settings()).toEqual(before);
  });
});
