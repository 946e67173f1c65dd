import { AdminForm } from "../admin-form";
import { adminInputClass } from "../styles";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import type { OpeningHoursRow } from "@/lib/studio/load-studio-settings";
import { WEEKDAY_NAMES } from "@/lib/studio/studio-settings-schemas";
import { formatMinutes } from "@/lib/time/zoned-time";
import { hintClass } from "./settings-field";

type Props = {
  openingHours: OpeningHoursRow[];
  timeZone: string;
  action: (state: AdminActionState, formData: FormData) => Promise<AdminActionState>;
};

const timeInputClass = `${adminInputClass} max-w-28`;

/** The whole week in one form: each weekday open between two times, or closed. */
export function OpeningHoursForm({ openingHours, timeZone, action }: Props) {
  const byWeekday = new Map(openingHours.map((row) => [row.weekday, row]));
  return (
    <AdminForm action={action} submitLabel="Save opening hours">
      <p id="opening-hours-hint" className={hintClass}>
        Times as HH:MM in the studio&apos;s time zone ({timeZone}); 24:00 is midnight. A closed day&apos;s times are ignored.
      </p>
      <table className="mt-3 text-left" aria-describedby="opening-hours-hint">
        <caption className="sr-only">Opening hours by weekday</caption>
        <thead>
          <tr className="border-b border-stone-300 dark:border-stone-700">
            <th scope="col" className="py-2 pr-6">Day</th>
            <th scope="col" className="py-2 pr-6">Closed</th>
            <th scope="col" className="py-2 pr-6">Opens</th>
            <th scope="col" className="py-2">Closes</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(WEEKDAY_NAMES).map(([weekday, name]) => {
            const row = byWeekday.get(Number(weekday));
            return (
              <tr key={weekday} className="border-b border-stone-200 dark:border-stone-800">
                <th scope="row" className="py-2 pr-6 font-semibold">{name}</th>
                <td className="py-2 pr-6">
                  <label htmlFor={`closed-${weekday}`} className="sr-only">{`${name} closed`}</label>
                  <input id={`closed-${weekday}`} name={`closed-${weekday}`} type="checkbox" defaultChecked={!row} className="size-5 accent-amber-700" />
                </td>
                <td className="py-2 pr-6">
                  <label htmlFor={`opens-${weekday}`} className="sr-only">{`${name} opens`}</label>
                  <input id={`opens-${weekday}`} name={`opens-${weekday}`} type="text" inputMode="numeric" autoComplete="off" placeholder="HH:MM" defaultValue={row ? formatMinutes(row.opensAt) : ""} className={timeInputClass} />
                </td>
                <td className="py-2">
                  <label htmlFor={`closes-${weekday}`} className="sr-only">{`${name} closes`}</label>
                  <input id={`closes-${weekday}`} name={`closes-${weekday}`} type="text" inputMode="numeric" autoComplete="off" placeholder="HH:MM" defaultValue={row ? formatMinutes(row.closesAt) : ""} className={timeInputClass} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </AdminForm>
  );
}
