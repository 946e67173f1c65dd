import { AdminForm } from "../admin-form";
import { adminInputClass } from "../styles";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import { STUDIO_CURRENCIES } from "@/lib/studio/studio-settings-schemas";
import { SettingsField } from "./settings-field";

type Props = {
  settings: { timeZone: string; holdDays: number; currency: string };
  action: (state: AdminActionState, formData: FormData) => Promise<AdminActionState>;
};

// Every zone the runtime knows, plus the stored one should it be spelled as an alias.
function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(current) ? zones : [current, ...zones];
}

/** The studio's time zone, how long holds last and the currency of rates and quotes. */
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
    </AdminForm>
  );
}
