import { AdminForm } from "../admin-form";
import { adminInputClass, secondaryButtonClass } from "../styles";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import type { ClosureView } from "@/lib/studio/list-closures";
import { formatCalendarDate } from "@/lib/time/format-studio-time";
import { SettingsField } from "./settings-field";

type Action = (state: AdminActionState, formData: FormData) => Promise<AdminActionState>;

/** "24 Dec 2026", or "24 Dec 2026 to 26 Dec 2026" for several days. */
function closureDays({ startsOn, endsOn }: ClosureView): string {
  const day = (date: string) => formatCalendarDate(date, "medium");
  return startsOn === endsOn ? day(startsOn) : `${day(startsOn)} to ${day(endsOn)}`;
}

/** Closures from today on, each removable, and the form to add one. */
export function ClosuresSection({ closures, addAction, removeAction }: { closures: ClosureView[]; addAction: Action; removeAction: Action }) {
  return (
    <div className="space-y-5">
      <section aria-labelledby="upcoming-closures-heading">
        <h3 id="upcoming-closures-heading" className="mb-2 font-semibold">Upcoming</h3>
        {closures.length === 0 ? (
          <p>No closures planned.</p>
        ) : (
          <ul className="divide-y divide-stone-200 dark:divide-stone-800">
            {closures.map((closure) => (
              <li key={closure.id} className="flex flex-wrap items-center justify-between gap-x-4 py-2">
                <span>
                  <span className="font-semibold">{closureDays(closure)}</span>: {closure.reason}
                </span>
                <AdminForm action={removeAction} submitLabel={`Remove ${closureDays(closure)}`} buttonClass={secondaryButtonClass} confirm={`Open the studio again on ${closureDays(closure)}?`}>
                  <input type="hidden" name="closureId" value={closure.id} />
                </AdminForm>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="add-closure-heading">
        <h3 id="add-closure-heading" className="mb-2 font-semibold">Add a closure</h3>
        <AdminForm action={addAction} submitLabel="Add closure" resetOnSuccess>
          <div className="grid gap-4 sm:grid-cols-3">
            <SettingsField id="startsOn" label="First day">
              {(control) => <input {...control} name="startsOn" type="date" className={adminInputClass} />}
            </SettingsField>
            <SettingsField id="endsOn" label="Last day" hint="Included; the same as the first day for one day.">
              {(control) => <input {...control} name="endsOn" type="date" className={adminInputClass} />}
            </SettingsField>
            <SettingsField id="reason" label="Reason" hint="Only staff see it.">
              {(control) => <input {...control} name="reason" type="text" maxLength={200} autoComplete="off" className={adminInputClass} />}
            </SettingsField>
          </div>
          <label htmlFor="keepSessions" className="mt-3 flex items-start gap-2">
            <input id="keepSessions" name="keepSessions" type="checkbox" className="mt-1 size-4 shrink-0" /> Keep any sessions already booked on those days (otherwise they are listed, and nothing is saved until they are moved or cancelled)
          </label>
        </AdminForm>
      </section>
    </div>
  );
}
