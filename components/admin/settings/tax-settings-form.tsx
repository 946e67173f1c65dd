import { AdminForm } from "../admin-form";
import { adminInputClass } from "../styles";
import type { AdminAction } from "@/lib/auth/admin-action-state";
import { formatTaxRate } from "@/lib/billing/tax-rate";
import { hintClass, SettingsField } from "./settings-field";

type Props = { tax: { taxRateBasisPoints: number; taxInclusive: boolean; taxLabel: string; taxNumber: string }; action: AdminAction };

const PRICING = [
  { value: "included", label: "Prices include the tax", hint: "The total is the rate card's price; invoices show the tax within it." },
  { value: "added", label: "Tax is added on top of prices", hint: "The total is the rate card's price plus the tax." },
] as const;

/** The tax on proposals and invoices: its rate, how prices carry it, its name and the studio's number. */
export function TaxSettingsForm({ tax, action }: Props) {
  return (
    <AdminForm action={action} submitLabel="Save the tax">
      <div className="grid gap-4 sm:grid-cols-3">
        <SettingsField id="tax-taxRate" label="Rate (%)" hint="Such as 20 or 5.5; 0 for none.">
          {(control) => <input {...control} name="taxRate" type="text" inputMode="decimal" autoComplete="off" defaultValue={formatTaxRate(tax.taxRateBasisPoints)} className={adminInputClass} />}
        </SettingsField>
        <SettingsField id="tax-taxLabel" label="Name on invoices" hint="Such as VAT, GST or sales tax.">
          {(control) => <input {...control} name="taxLabel" type="text" maxLength={20} autoComplete="off" defaultValue={tax.taxLabel} className={adminInputClass} />}
        </SettingsField>
        <SettingsField id="tax-taxNumber" label="Registration number" hint="Printed on invoices; leave empty if you have none.">
          {(control) => <input {...control} name="taxNumber" type="text" maxLength={40} autoComplete="off" defaultValue={tax.taxNumber} className={adminInputClass} />}
        </SettingsField>
      </div>
      <fieldset className="mt-4">
        <legend className="font-semibold">Prices and tax</legend>
        <div className="mt-2 space-y-2">
          {PRICING.map((option, index) => {
            const id = index === 0 ? "tax-taxInclusive" : `tax-taxInclusive-${option.value}`;
            return (
              <div key={option.value} className="flex items-start gap-2">
                <input id={id} type="radio" name="taxInclusive" value={option.value} defaultChecked={tax.taxInclusive === (option.value === "included")} aria-describedby={`${id}-hint`} className="mt-1 size-5 shrink-0 accent-amber-700" />
                <div>
                  <label htmlFor={id}>{option.label}</label>
                  <p id={`${id}-hint`} className={hintClass}>
                    {option.hint}
                  </p>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </AdminForm>
  );
}
