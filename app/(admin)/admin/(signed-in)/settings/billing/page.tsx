import type { Metadata } from "next";
import { CancellationPolicyForm } from "@/components/admin/settings/cancellation-policy-form";
import { CardPaymentsForm } from "@/components/admin/settings/card-payments-form";
import { DepositRuleForm } from "@/components/admin/settings/deposit-rule-form";
import { InvoiceDetailsForm } from "@/components/admin/settings/invoice-details-form";
import { SettingsNav } from "@/components/admin/settings/settings-nav";
import { SettingsSection } from "@/components/admin/settings/settings-section";
import { TaxSettingsForm } from "@/components/admin/settings/tax-settings-form";
import { TermsSection } from "@/components/admin/settings/terms-section";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { describeCancellationPolicy } from "@/lib/billing/describe-cancellation-policy";
import { describeStripeSetup } from "@/lib/billing/describe-stripe-setup";
import { listTermsVersions } from "@/lib/billing/list-terms-versions";
import { loadBillingSettings } from "@/lib/billing/load-billing-settings";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { loadStudioSettings } from "@/lib/studio/load-studio-settings";
import {
  publishTermsAction,
  saveDepositRuleAction,
  saveInvoiceDetailsAction,
  saveTaxSettingsAction,
  setCancellationPolicyAction,
  setCardPaymentsAction,
} from "./actions";

export const metadata: Metadata = { title: "Billing settings" };

export default async function BillingSettingsPage() {
  await requireStaffPage("/admin/settings/billing", "OWNER");
  const db = getDb();
  const [{ settings, tiers, terms }, versions, studio] = await Promise.all([loadBillingSettings(db), listTermsVersions(db), loadStudioSettings(db)]);
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">Billing settings</h1>
        <SettingsNav current="billing" />
        <p className="text-stone-700 dark:text-stone-300">
          What proposals and invoices say and ask for. A proposal keeps the deposit, policy, terms and tax it was sent with, and an issued invoice never changes: what you change here applies to what is sent from now on.
        </p>
      </div>
      <SettingsSection id="deposit" title="Deposit" intro="With a deposit, the artist's proposal asks for it, and paying it confirms their hold: the time is booked for them. Without one, the studio confirms holds itself.">
        <DepositRuleForm deposit={settings} currency={studio.currency} action={saveDepositRuleAction} />
      </SettingsSection>
      <SettingsSection id="policy" title="Cancellation policy" intro="How much of what an artist paid comes back when they cancel, by how much notice they give.">
        <figure className="mb-4 rounded-lg border border-stone-200 bg-stone-50 p-3 dark:border-stone-800 dark:bg-stone-950">
          <figcaption className="text-sm font-semibold text-stone-700 dark:text-stone-300">What artists read (as saved)</figcaption>
          <p className="mt-1">{describeCancellationPolicy(tiers, { forfeitAsCredit: settings.forfeitAsCredit })}</p>
        </figure>
        <CancellationPolicyForm tiers={tiers} forfeitAsCredit={settings.forfeitAsCredit} action={setCancellationPolicyAction} />
      </SettingsSection>
      <SettingsSection id="terms" title="Terms" intro="The terms an artist accepts with a proposal. Each change is published as a new version; an acceptance names the version the artist read.">
        <TermsSection latest={terms} versions={versions} timeZone={studio.timeZone} action={publishTermsAction} />
      </SettingsSection>
      <SettingsSection id="tax" title="Tax">
        <TaxSettingsForm tax={settings} action={saveTaxSettingsAction} />
      </SettingsSection>
      <SettingsSection id="invoice-details" title="Invoice details" intro="The seller, numbering and payment details printed on every invoice and credit note.">
        <InvoiceDetailsForm details={settings} action={saveInvoiceDetailsAction} />
      </SettingsSection>
      <SettingsSection id="card-payments" title="Card payments">
        <CardPaymentsForm cardPayments={settings.cardPayments} stripe={describeStripeSetup(env)} action={setCardPaymentsAction} />
      </SettingsSection>
    </div>
  );
}
