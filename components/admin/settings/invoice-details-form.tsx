import { AdminForm } from "../admin-form";
import { adminInputClass } from "../styles";
import type { AdminAction } from "@/lib/auth/admin-action-state";
import { SettingsField } from "./settings-field";

type Props = {
  details: { legalName: string; address: string; invoicePrefix: string; creditNotePrefix: string; bankInstructions: string; paymentTermsDays: number };
  action: AdminAction;
};

/** The seller on every invoice, how documents are numbered, and how and when to pay. */
export function InvoiceDetailsForm({ details, action }: Props) {
  const prefixHint = (example: string) => `Up to 12 letters, digits, - or /. Numbers follow it: ${example}0001. A change applies to future numbers only.`;
  return (
    <AdminForm action={action} submitLabel="Save the invoice details">
      <div className="grid gap-4 sm:grid-cols-2">
        <SettingsField id="invoice-legalName" label="Legal name" hint="The studio's registered or trading name.">
          {(control) => <input {...control} name="legalName" type="text" maxLength={200} autoComplete="organization" defaultValue={details.legalName} className={adminInputClass} />}
        </SettingsField>
        <SettingsField id="invoice-address" label="Address">
          {(control) => <textarea {...control} name="address" rows={3} maxLength={500} autoComplete="street-address" defaultValue={details.address} className={adminInputClass} />}
        </SettingsField>
        <SettingsField id="invoice-invoicePrefix" label="Invoice number prefix" hint={prefixHint(details.invoicePrefix || "INV-")}>
          {(control) => <input {...control} name="invoicePrefix" type="text" maxLength={12} autoComplete="off" spellCheck={false} defaultValue={details.invoicePrefix} className={adminInputClass} />}
        </SettingsField>
        <SettingsField id="invoice-creditNotePrefix" label="Credit-note number prefix" hint={prefixHint(details.creditNotePrefix || "CN-")}>
          {(control) => <input {...control} name="creditNotePrefix" type="text" maxLength={12} autoComplete="off" spellCheck={false} defaultValue={details.creditNotePrefix} className={adminInputClass} />}
        </SettingsField>
        <SettingsField id="invoice-bankInstructions" label="Bank-transfer instructions" hint="Printed on every invoice: the account name, number and sort code or IBAN, and what to give as the reference.">
          {(control) => <textarea {...control} name="bankInstructions" rows={4} maxLength={1000} defaultValue={details.bankInstructions} className={adminInputClass} />}
        </SettingsField>
        <SettingsField id="invoice-paymentTermsDays" label="Payment terms (days)" hint="From 0 (due on receipt) to 365: when a final invoice is due after it is issued. A deposit is due when its hold ends.">
          {(control) => <input {...control} name="paymentTermsDays" type="number" inputMode="numeric" min={0} max={365} step={1} defaultValue={details.paymentTermsDays} className={`${adminInputClass} max-w-32`} />}
        </SettingsField>
      </div>
    </AdminForm>
  );
}
