import { AdminForm } from "../admin-form";
import { adminInputClass, secondaryButtonClass } from "../styles";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import { defaultRoomOffers } from "@/lib/rate-card/default-room-offers";
import type { Offer } from "@/lib/rate-card/offer-blocks";
import { OFFER_KINDS, type OfferKind } from "@/lib/rate-card/offer-kinds";
import { KIND_NAMES, rateCardFieldValues } from "@/lib/rate-card/rate-card-schema";
import type { RoomView } from "@/lib/studio/list-rooms";
import { SettingsField } from "./settings-field";

type Props = { room: RoomView; offers: Offer[]; currency: string; action: (state: AdminActionState, formData: FormData) => Promise<AdminActionState> };

const PRICE_HINT: Record<OfferKind, string> = { HOURLY: "per hour", HALF_DAY: "per half day", FULL_DAY: "per day", LOCKOUT: "per day of a lockout" };

/** How one room sells its time: each kind on or off, with its name, price and terms. */
export function RateCardForm({ room, offers, currency, action }: Props) {
  const defaults = defaultRoomOffers(room);
  const idPrefix = `rates-${room.id}-`;
  return (
    <AdminForm action={action} submitLabel={`Save the rate card of ${room.name}`} buttonClass={secondaryButtonClass} className="mt-3">
      <input type="hidden" name="roomId" value={room.id} />
      <div className="grid gap-4 lg:grid-cols-2">
        {OFFER_KINDS.map((kind) => {
          const stored = offers.find((offer) => offer.kind === kind);
          const values = rateCardFieldValues(stored ?? { ...defaults.find((offer) => offer.kind === kind)!, active: false });
          const id = (field: string) => `${idPrefix}${kind}-${field}`;
          return (
            <fieldset key={kind} className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
              <legend className="px-1 font-semibold">{KIND_NAMES[kind]}</legend>
              <div className="mb-3 flex items-center gap-2">
                <input id={id("sold")} name={`${kind}-sold`} type="checkbox" defaultChecked={values.sold === true} className="size-5 accent-amber-700" />
                <label htmlFor={id("sold")}>Offer this</label>
              </div>
              <div className="grid gap-3 sm:grid-cols-2">
                <SettingsField id={id("label")} label="Name artists see">
                  {(control) => <input {...control} name={`${kind}-label`} type="text" maxLength={60} defaultValue={String(values.label)} className={adminInputClass} />}
                </SettingsField>
                <SettingsField id={id("price")} label={`Price (${currency})`} hint={PRICE_HINT[kind]}>
                  {(control) => <input {...control} name={`${kind}-price`} type="text" inputMode="decimal" defaultValue={String(values.price)} className={adminInputClass} />}
                </SettingsField>
                {kind === "HOURLY" && (
                  <SettingsField id={id("minHours")} label="Minimum hours">
                    {(control) => <input {...control} name="HOURLY-minHours" type="number" min={1} max={24} step={1} defaultValue={String(values.minHours)} className={adminInputClass} />}
                  </SettingsField>
                )}
                {kind === "HALF_DAY" && (
                  <>
                    <SettingsField id={id("blockHours")} label="Length (hours)">
                      {(control) => <input {...control} name="HALF_DAY-blockHours" type="number" min={1} max={24} step={1} defaultValue={String(values.blockHours)} className={adminInputClass} />}
                    </SettingsField>
                    <SettingsField id={id("startTimes")} label="Start times" hint="HH:MM, separated by commas. Blocks that do not fit a day's hours are not offered that day.">
                      {(control) => <input {...control} name="HALF_DAY-startTimes" type="text" defaultValue={String(values.startTimes)} className={adminInputClass} />}
                    </SettingsField>
                  </>
                )}
                {kind === "LOCKOUT" && (
                  <SettingsField id={id("minDays")} label="Minimum days in a row">
                    {(control) => <input {...control} name="LOCKOUT-minDays" type="number" min={2} max={31} step={1} defaultValue={String(values.minDays)} className={adminInputClass} />}
                  </SettingsField>
                )}
              </div>
            </fieldset>
          );
        })}
      </div>
    </AdminForm>
  );
}
