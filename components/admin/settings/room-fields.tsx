import { adminInputClass } from "../styles";
import type { RoomView } from "@/lib/studio/list-rooms";
import { moneyInputValue, SettingsField } from "./settings-field";

/**
 * A room's fields, for adding one or editing one. Several of these share the page, so every id
 * carries `idPrefix`; the action keys its field errors the same way.
 */
export function RoomFields({ idPrefix, room, currency }: { idPrefix: string; room?: RoomView; currency: string }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SettingsField id={`${idPrefix}name`} label="Name">
        {(control) => <input {...control} name="name" type="text" maxLength={80} autoComplete="off" defaultValue={room?.name} className={adminInputClass} />}
      </SettingsField>
      <div className="flex items-end gap-3 pb-2">
        <input id={`${idPrefix}active`} name="active" type="checkbox" defaultChecked={room?.active ?? true} className="size-5 accent-amber-700" />
        <label htmlFor={`${idPrefix}active`} className="font-semibold">
          Can be booked
        </label>
      </div>
      <SettingsField id={`${idPrefix}hourlyRate`} label={`Hourly rate (${currency})`} hint="For example 45 or 45.50.">
        {(control) => <input {...control} name="hourlyRate" type="text" inputMode="decimal" autoComplete="off" defaultValue={room ? moneyInputValue(room.hourlyRateCents) : ""} className={adminInputClass} />}
      </SettingsField>
      <SettingsField id={`${idPrefix}dayRate`} label={`Day rate (${currency})`} hint="Charged for a whole-day session.">
        {(control) => <input {...control} name="dayRate" type="text" inputMode="decimal" autoComplete="off" defaultValue={room ? moneyInputValue(room.dayRateCents) : ""} className={adminInputClass} />}
      </SettingsField>
      <div className="sm:col-span-2">
        <SettingsField id={`${idPrefix}description`} label="Description" hint="Optional: the gear, the size, what it suits.">
          {(control) => <textarea {...control} name="description" rows={3} maxLength={1000} defaultValue={room?.description} className={adminInputClass} />}
        </SettingsField>
      </div>
    </div>
  );
}
