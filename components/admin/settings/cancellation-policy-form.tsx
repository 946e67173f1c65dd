import { AdminForm } from "../admin-form";
import { adminInputClass } from "../styles";
import type { AdminAction } from "@/lib/auth/admin-action-state";
import { MAX_POLICY_TIERS } from "@/lib/billing/cancellation-policy-schema";
import { noticeParts } from "@/lib/billing/notice-period";
import type { PolicyTier } from "@/lib/billing/refund-for-cancellation";
import { hintClass } from "./settings-field";

type Props = { tiers: PolicyTier[]; forfeitAsCredit: boolean; action: AdminAction };

const numberClass = `${adminInputClass} max-w-24`;

/**
 * The policy's tiers as six rows, the stored ones first and the rest empty: without JavaScript a
 * tier is added by filling an empty row and removed by emptying its row.
 */
export function CancellationPolicyForm({ tiers, forfeitAsCredit, action }: Props) {
  const rows = Array.from({ length: MAX_POLICY_TIERS }, (_, index) => tiers[index] ?? null);
  return (
    <AdminForm action={action} submitLabel="Save the policy">
      <fieldset id="policy-tiers" aria-describedby="policy-tiers-hint">
        <legend className="font-semibold">Refunds by notice</legend>
        <p id="policy-tiers-hint" className={hintClass}>
          Notice counts back from the booking&apos;s first session. Cancelling with less notice than every tier refunds nothing. Empty a row to remove its tier; fill an empty one to add a tier.
        </p>
        <ol className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
          {rows.map((tier, index) => {
            const id = (field: string) => `policy-${field}-${index}`;
            const notice = tier ? noticeParts(tier.minNoticeHours) : null;
            return (
              <li key={index} className="py-2">
                <fieldset className="flex flex-wrap items-end gap-x-3 gap-y-2">
                  <legend className="mb-1 text-sm font-semibold text-stone-700 dark:text-stone-300">Tier {index + 1}</legend>
                  <div>
                    <label htmlFor={id("notice")} className="block text-sm">
                      At least
                    </label>
                    <input id={id("notice")} name={`notice-${index}`} type="number" inputMode="numeric" min={1} step={1} defaultValue={notice?.amount ?? ""} className={numberClass} />
                  </div>
                  <div>
                    <label htmlFor={id("unit")} className="block text-sm">
                      Hours or days
                    </label>
                    <select id={id("unit")} name={`unit-${index}`} defaultValue={notice?.unit ?? "days"} className={adminInputClass}>
                      <option value="hours">hours</option>
                      <option value="days">days</option>
                    </select>
                  </div>
                  <span className="pb-2">before the first session:</span>
                  <div>
                    <label htmlFor={id("refund")} className="block text-sm">
                      Refund (%)
                    </label>
                    <input id={id("refund")} name={`refund-${index}`} type="number" inputMode="numeric" min={0} max={100} step={1} defaultValue={tier?.refundPercent ?? ""} className={numberClass} />
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      </fieldset>
      <div className="mt-4 flex items-start gap-2">
        <input id="policy-forfeitAsCredit" type="checkbox" name="forfeitAsCredit" defaultChecked={forfeitAsCredit} aria-describedby="policy-forfeitAsCredit-hint" className="mt-1 size-5 shrink-0 accent-amber-700" />
        <div>
          <label htmlFor="policy-forfeitAsCredit" className="font-semibold">
            Keep what is not refunded as the artist&apos;s credit
          </label>
          <p id="policy-forfeitAsCredit-hint" className={hintClass}>
            Towards a later booking, instead of the studio keeping it.
          </p>
        </div>
      </div>
    </AdminForm>
  );
}
