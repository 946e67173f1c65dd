import { formatMoney } from "@/lib/money/format-money";
import { AdminForm } from "../admin-form";
import { adminInputClass, adminLabelClass, secondaryButtonClass } from "../styles";
import type { MoneyActions } from "./money-actions";

type Props = {
  leadId: string;
  groupId: string;
  extras: { id: string; description: string; amountMinor: number; invoiceId: string | null }[];
  currency: string;
  canAdd: boolean;
  actions: Pick<MoneyActions, "addBookingExtraAction" | "removeBookingExtraAction">;
};

/** What the booking adds beyond its proposal (overtime, gear, extra versions), for the final invoice. */
export function BookingExtras({ leadId, groupId, extras, currency, canAdd, actions }: Props) {
  if (extras.length === 0 && !canAdd) return null;
  return (
    <div>
      <h4 className="mb-1 font-semibold">Extras for the final invoice</h4>
      {extras.length > 0 ? (
        <ul className="mb-2 space-y-1 text-sm">
          {extras.map((extra) => (
            <li key={extra.id} className="flex flex-wrap items-center gap-2">
              <span>
                {extra.description}: {formatMoney(extra.amountMinor, currency)}
                {extra.invoiceId ? " (invoiced)" : ""}
              </span>
              {extra.invoiceId ? null : (
                <AdminForm action={actions.removeBookingExtraAction} submitLabel="Remove" pendingLabel="Removing…" buttonClass={secondaryButtonClass}>
                  <input type="hidden" name="leadId" value={leadId} />
                  <input type="hidden" name="extraId" value={extra.id} />
                </AdminForm>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {canAdd ? (
        <details>
          <summary className="cursor-pointer text-sm">Add an extra</summary>
          <AdminForm action={actions.addBookingExtraAction} submitLabel="Add extra" pendingLabel="Adding…" buttonClass={secondaryButtonClass} resetOnSuccess className="mt-2 grid gap-3 sm:grid-cols-2">
            <input type="hidden" name="leadId" value={leadId} />
            <input type="hidden" name="groupId" value={groupId} />
            <div>
              <label htmlFor={`extra-${groupId}-description`} className={adminLabelClass}>What</label>
              <input id={`extra-${groupId}-description`} name="description" required maxLength={200} placeholder="Overtime, 2 hours" className={adminInputClass} />
            </div>
            <div>
              <label htmlFor={`extra-${groupId}-amount`} className={adminLabelClass}>Price ({currency})</label>
              <input id={`extra-${groupId}-amount`} name="amount" inputMode="decimal" required className={adminInputClass} />
            </div>
          </AdminForm>
        </details>
      ) : null}
    </div>
  );
}
