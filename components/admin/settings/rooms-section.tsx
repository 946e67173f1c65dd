import { AdminForm } from "../admin-form";
import { secondaryButtonClass } from "../styles";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import { formatMoney } from "@/lib/money/format-money";
import type { Offer } from "@/lib/rate-card/offer-blocks";
import type { RoomView } from "@/lib/studio/list-rooms";
import { RateCardForm } from "./rate-card-form";
import { RoomFields } from "./room-fields";

type Action = (state: AdminActionState, formData: FormData) => Promise<AdminActionState>;
type Props = { rooms: RoomView[]; rateCards: Map<string, Offer[]>; currency: string; saveAction: Action; rateCardAction: Action };

/** The rooms with their rates, a form to edit each, and one to add a room. */
export function RoomsSection({ rooms, rateCards, currency, saveAction, rateCardAction }: Props) {
  return (
    <div className="space-y-5">
      {rooms.length === 0 ? (
        <p>No rooms yet: add the first below.</p>
      ) : (
        <div className="relative overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">Rooms</caption>
          <thead>
            <tr className="border-b border-stone-300 dark:border-stone-700">
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Hourly rate</th>
              <th scope="col" className="py-2 pr-4">Day rate</th>
              <th scope="col" className="py-2 pr-4">Bookable</th>
              <th scope="col" className="py-2">Description</th>
            </tr>
          </thead>
          <tbody>
            {rooms.map((room) => (
              <tr key={room.id} className="border-b border-stone-200 align-top dark:border-stone-800">
                <th scope="row" className="py-2 pr-4 font-semibold">{room.name}</th>
                <td className="py-2 pr-4">{formatMoney(room.hourlyRateCents, currency)}</td>
                <td className="py-2 pr-4">{formatMoney(room.dayRateCents, currency)}</td>
                <td className="py-2 pr-4">{room.active ? "Yes" : "No"}</td>
                <td className="py-2 whitespace-pre-line">{room.description || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {rooms.map((room) => (
        <details key={room.id} className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
          <summary className="cursor-pointer font-semibold">Edit {room.name}</summary>
          <AdminForm action={saveAction} submitLabel={`Save ${room.name}`} buttonClass={secondaryButtonClass} className="mt-3">
            <input type="hidden" name="roomId" value={room.id} />
            <RoomFields idPrefix={`room-${room.id}-`} room={room} currency={currency} />
          </AdminForm>
        </details>
      ))}
      {rooms.map((room) => (
        <details key={`rates-${room.id}`} className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
          <summary className="cursor-pointer font-semibold">Rate card of {room.name}</summary>
          <p className="mt-2 text-sm">What artists can ask for in this room on the calendar and in the inquiry form, and the estimate they see.</p>
          <RateCardForm room={room} offers={rateCards.get(room.id) ?? []} currency={currency} action={rateCardAction} />
        </details>
      ))}
      <section aria-labelledby="add-room-heading">
        <h3 id="add-room-heading" className="mb-2 font-semibold">Add a room</h3>
        <AdminForm action={saveAction} submitLabel="Add room" resetOnSuccess>
          <RoomFields idPrefix="room-new-" currency={currency} />
        </AdminForm>
      </section>
    </div>
  );
}
