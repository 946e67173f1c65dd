"use server";

import { revalidatePath } from "next/cache";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import { formField } from "@/lib/auth/form-fields";
import { runStaffAction } from "@/lib/auth/run-staff-action";
import { MAX_POLICY_TIERS } from "@/lib/billing/cancellation-policy-schema";
import { publishTerms } from "@/lib/billing/publish-terms";
import { saveDepositRule } from "@/lib/billing/save-deposit-rule";
import { saveInvoiceDetails } from "@/lib/billing/save-invoice-details";
import { saveTaxSettings } from "@/lib/billing/save-tax-settings";
import { setCancellationPolicy } from "@/lib/billing/set-cancellation-policy";
import { setCardPayments } from "@/lib/billing/set-card-payments";
import { getDb } from "@/lib/db";

// Every action hands the form's strings to the lib/billing function, which checks the role again
// and validates; nothing here trusts what the page showed. Each form's field ids carry its own
// prefix (the page has six forms), and so do its errors, so that their links find the field.
const done = (message: string): AdminActionState => {
  revalidatePath("/admin/settings/billing");
  return { status: "success", message };
};

// An unticked checkbox sends nothing: absent is off.
const ticked = (formData: FormData, name: string) => formData.get(name) === "on";

export async function saveDepositRuleAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "saveDepositRule",
    "OWNER",
    formData,
    async (member) => {
      await saveDepositRule(getDb(), member, {
        depositRule: formField(formData, "depositRule"),
        depositPercent: formField(formData, "depositPercent"),
        depositFixed: formField(formData, "depositFixed"),
      });
      return done("Deposit saved.");
    },
    { fieldIdPrefix: () => "deposit-" },
  );
}

export async function setCancellationPolicyAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "setCancellationPolicy",
    "OWNER",
    formData,
    async (member) => {
      const tiers = Array.from({ length: MAX_POLICY_TIERS }, (_, index) => ({
        notice: formField(formData, `notice-${index}`),
        unit: formField(formData, `unit-${index}`),
        refund: formField(formData, `refund-${index}`),
      }));
      await setCancellationPolicy(getDb(), member, { tiers, forfeitAsCredit: ticked(formData, "forfeitAsCredit") });
      return done("Cancellation policy saved.");
    },
    { fieldIdPrefix: () => "policy-" },
  );
}

export async function publishTermsAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "publishTerms",
    "OWNER",
    formData,
    async (member) => {
      const { version } = await publishTerms(getDb(), member, { body: formField(formData, "body") });
      return done(`Version ${version} of the terms published.`);
    },
    { fieldIdPrefix: () => "terms-" },
  );
}

export async function saveTaxSettingsAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "saveTaxSettings",
    "OWNER",
    formData,
    async (member) => {
      await saveTaxSettings(getDb(), member, {
        taxRate: formField(formData, "taxRate"),
        taxInclusive: formField(formData, "taxInclusive"),
        taxLabel: formField(formData, "taxLabel"),
        taxNumber: formField(formData, "taxNumber"),
      });
      return done("Tax saved.");
    },
    { fieldIdPrefix: () => "tax-" },
  );
}

export async function saveInvoiceDetailsAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "saveInvoiceDetails",
    "OWNER",
    formData,
    async (member) => {
      await saveInvoiceDetails(getDb(), member, {
        legalName: formField(formData, "legalName"),
        address: formField(formData, "address"),
        invoicePrefix: formField(formData, "invoicePrefix"),
        creditNotePrefix: formField(formData, "creditNotePrefix"),
        bankInstructions: formField(formData, "bankInstructions"),
        paymentTermsDays: formField(formData, "paymentTermsDays"),
      });
      return done("Invoice details saved.");
    },
    { fieldIdPrefix: () => "invoice-" },
  );
}

export async function setCardPaymentsAction(_state: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return runStaffAction(
    "setCardPayments",
    "OWNER",
    formData,
    async (member) => {
      const { cardPayments } = await setCardPayments(getDb(), member, { cardPayments: ticked(formData, "cardPayments") });
      return done(cardPayments ? "Card payment is switched on." : "Card payment is switched off.");
    },
    { fieldIdPrefix: () => "card-" },
  );
}
