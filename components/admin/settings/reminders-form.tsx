import { AdminForm } from "../admin-form";
import { adminInputClass } from "../styles";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import type { ReminderSettings } from "@/lib/studio/load-studio-settings";
import { hintClass, SettingsField } from "./settings-field";

type Props = { reminders: ReminderSettings; action: (state: AdminActionState, formData: FormData) => Promise<AdminActionState> };

type ToggleProps = { name: string; checked: boolean; label: string; hint: string };

function Toggle({ name, checked, label, hint }: ToggleProps) {
  return (
    <div className="flex items-start gap-2">
      <input id={`reminders-${name}`} name={name} type="checkbox" defaultChecked={checked} aria-describedby={`reminders-${name}-hint`} className="mt-1 size-5 shrink-0 accent-amber-700" />
      <div>
        <label htmlFor={`reminders-${name}`} className="font-semibold">
          {label}
        </label>
        <p id={`reminders-${name}-hint`} className={hintClass}>
          {hint}
        </p>
      </div>
    </div>
  );
}

/** The emails around each session and hold: what is sent, when, and the studio's own words in each. */
export function RemindersForm({ reminders, action }: Props) {
  const note = (name: keyof ReminderSettings, label: string, hint: string) => (
    <SettingsField id={`reminders-${name}`} label={label} hint={hint}>
      {(control) => <textarea {...control} name={name} rows={3} maxLength={1000} defaultValue={String(reminders[name])} className={adminInputClass} />}
    </SettingsField>
  );
  return (
    <AdminForm action={action} submitLabel="Save reminders">
      <div className="grid gap-6 lg:grid-cols-2">
        <fieldset className="space-y-3">
          <legend className="sr-only">Preparation</legend>
          <Toggle name="prepReminderOn" checked={reminders.prepReminderOn} label="Preparation" hint="What to bring and send: rehearsed parts and a reference track for engineering; demos, lyrics and voice memos for production." />
          <SettingsField id="reminders-prepReminderDays" label="Days before the session" hint="From 1 to 14. Sent at 10:00 studio time.">
            {(control) => <input {...control} name="prepReminderDays" type="number" inputMode="numeric" min={1} max={14} step={1} defaultValue={reminders.prepReminderDays} className={adminInputClass} />}
          </SettingsField>
          {note("prepReminderNote", "Your note", "Optional: anything else to prepare.")}
        </fieldset>
        <fieldset className="space-y-3">
          <legend className="sr-only">The day before</legend>
          <Toggle name="logisticsReminderOn" checked={reminders.logisticsReminderOn} label="The day before" hint="The time, the room, the address and who will engineer or produce. Sent at 10:00 the day before." />
          {note("logisticsNote", "Arrival and parking", "For example: which door, when to arrive, where to park.")}
        </fieldset>
        <fieldset className="space-y-3">
          <legend className="sr-only">After the session</legend>
          <Toggle name="followUpReminderOn" checked={reminders.followUpReminderOn} label="After the session" hint="Thanks, and what happens next. Sent at 10:00 the day after." />
          {note("followUpNote", "Your note", "Optional: how mixes reach them, how to leave a review.")}
        </fieldset>
        <fieldset className="space-y-3">
          <legend className="sr-only">Before a hold ends</legend>
          <Toggle name="holdReminderOn" checked={reminders.holdReminderOn} label="Before a hold ends" hint="Until when the time is held, and how to keep it. Sent a day before the hold lapses; the lead's staff member hears too, either way." />
          {note("holdReminderNote", "Your note", "Optional: how to confirm, whether a deposit is needed.")}
        </fieldset>
      </div>
    </AdminForm>
  );
}
