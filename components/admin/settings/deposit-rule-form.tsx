import { AdminForm } from "../admin-form";
import { adminInputClass } from "../styles";
import type { AdminAction } from "@/lib/auth/admin-action-state";
import type { DepositRuleSettings } from "@/lib/billing/invoice-totals";
import { hintClass, moneyInputValue, SettingsField } from "./settings-field";

type Props = { deposit: DepositRuleSettings; currency: string; action: AdminAction };

const RULES = [
  { value: "NONE", label: "No deposit", hint: "The studio confirms holds itself." },
  { value: "PERCENT", label: "A percentage of the booking's total", hint: "Of each booking's total, tax included." },
  { value: "FIXED", label: "A fixed amount", hint: "The same for every booking, or the whole total when that is less." },
] as const;

/** How a booking's deposit is worked out; the figure of the rule not chosen is kept for later. */
export function DepositRuleForm({ deposit, currency, action }: Props) {
  return (
    <AdminForm action={action} submitLabel="Save the deposit">
      <fieldset>
        <legend className="font-semibold">Deposit</legend>
        <div className="mt-2 space-y-2">
          {RULES.map((rule, index) => {
            // The first radio carries the field's id, so an error's link lands on the group.
            const id = index === 0 ? "deposit-depositRule" : `deposit-depositRule-${rule.value}`;
            return (
              <div key={rule.value} className="flex items-start gap-2">
                <input id={id} type="radio" name="depositRule" value={rule.value} defaultChecked={deposit.depositRule === rule.value} aria-describedby={`${id}-hint`} className="mt-1 size-5 shrink-0 accent-amber-700" />
                <div>
                  <label htmlFor={id}>{rule.label}</label>
                  <p id={`${id}-hint`} className={hintClass}>
                    {rule.hint}
                  </p>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:max-w-2xl">
        <SettingsField id="deposit-depositPercent" label="Percentage (%)" hint="For a percentage: a whole number from 1 to 100.">
          {(control) => <input {...control} name="depositPercent" type="number" inputMode="numeric" min={1} max={100} step={1} defaultValue={deposit.depositPercent} className={adminInputClass} />}
        </SettingsField>
        <SettingsField id="deposit-depositFixed" label={`Fixed amount (${currency})`} hint="For a fixed amount: such as 100 or 100.50.">
          {(control) => <input {...control} name="depositFixed" type="text" inputMode="decimal" autoComplete="off" defaultValue={deposit.depositFixedMinor > 0 ? moneyInputValue(deposit.depositFixedMinor) : ""} className={adminInputClass} />}
        </SettingsField>
      </div>
    </AdminForm>
  );
}
