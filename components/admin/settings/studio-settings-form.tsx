import { AdminForm } from "../admin-form";
import { adminInputClass } from "../styles";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import { STUDIO_CURRENCIES } from "@/lib/studio/studio-settings-schemas";
import { hintClass, SettingsField } from "./settings-field";

type Props = {
  settings: { timeZone: string; holdDays: number; currency: string; holdRequestedTime: boolean; requestHoldHours: number; artistMovesAtOnce: boolean; artistMoveNoticeDays: number };
  action: (state: AdminActionState, formData: FormData) => Promise<AdminActionState>;
};

// Every zone the runtime knows, plus the stored one should it be spelled as an alias.
function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(current) ? zones : [current, ...zones];
}

/** The studio's time zone, how long holds last, the currency, and whether artists' requested time is held. */
export function StudioSettingsForm({ settings, action }: Props) {
  return (
    <AdminForm action={action} submitLabel="Save studio settings">
      <div className="grid gap-4 sm:grid-cols-3">
        <SettingsField id="timeZone" label="Time zone" hint="Opening hours and session times are in this zone.">
          {(control) => (
            <select {...control} name="timeZone" defaultValue={settings.timeZone} className={adminInputClass}>
              {timeZones(settings.timeZone).map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </select>
          )}
        </SettingsField>
        <SettingsField id="holdDays" label="Holds last (days)" hint="A hold not confirmed in time expires. From 1 to 90.">
          {(control) => <input {...control} name="holdDays" type="number" inputMode="numeric" min={1} max={90} step={1} defaultValue={settings.holdDays} className={adminInputClass} />}
        </SettingsField>
        <SettingsField id="currency" label="Currency" hint="Rates and quotes are shown in it.">
          {(control) => (
            <select {...control} name="currency" defaultValue={settings.currency} className={adminInputClass}>
              {STUDIO_CURRENCIES.map((currency) => (
                <option key={currency} value={currency}>
                  {currency}
                </option>
              ))}
            </select>
          )}
        </SettingsField>
      </div>
      <fieldset className="mt-4 grid gap-4 sm:grid-cols-3">
        <legend className="font-semibold">Time artists ask for</legend>
        <div className="flex items-start gap-2 sm:col-span-2">
          <input id="holdRequestedTime" type="checkbox" name="holdRequestedTime" defaultChecked={settings.holdRequestedTime} aria-describedby="holdRequestedTime-hint" className="mt-1 size-5 shrink-0 accent-amber-700" />
          <div>
            <label htmlFor="holdRequestedTime" className="font-semibold">
              Hold it for them at once
            </label>
            <p id="holdRequestedTime-hint" className={hintClass}>
              The artist is told until when; the hold lapses unless you confirm it. Off: requests wait for you.
            </p>
          </div>
        </div>
        <SettingsField id="requestHoldHours" label="For (hours)" hint="From 1 to 720. The artist hears a day before it ends.">
          {(control) => <input {...control} name="requestHoldHours" type="number" inputMode="numeric" min={1} max={720} step={1} defaultValue={settings.requestHoldHours} className={adminInputClass} />}
        </SettingsField>
      </fieldset>
      <fieldset className="mt-4 grid gap-4 sm:grid-cols-3">
        <legend className="font-semibold">When an artist moves a session</legend>
        <div className="flex items-start gap-2 sm:col-span-2">
          <input id="artistMovesAtOnce" type="checkbox" name="artistMovesAtOnce" defaultChecked={settings.artistMovesAtOnce} aria-describedby="artistMovesAtOnce-hint" className="mt-1 size-5 shrink-0 accent-amber-700" />
          <div>
            <label htmlFor="artistMovesAtOnce" className="font-semibold">
              Move it at once
            </label>
            <p id="artistMovesAtOnce-hint" className={hintClass}>
              On their page, artists pick a free time of the same kind in the same room. On: it moves straight away, with enough notice, and
              you are told. Off: you approve each move with one click.
            </p>
          </div>
        </div>
        <SettingsField id="artistMoveNoticeDays" label="With at least (days' notice)" hint="From 0 to 90 days before the session.">
          {(control) => <input {...control} name="artistMoveNoticeDays" type="number" inputMode="numeric" min={0} max={90} step={1} defaultValue={settings.artistMoveNoticeDays} className={adminInputClass} />}
        </SettingsField>
      </fieldset>
    </AdminForm>
  );
}
