import { clock } from "@/lib/when/pick-facts";
import type { RoomCalendar, WhenOffer, WhenView } from "@/lib/when/room-calendar";
import type { WhenSelection } from "@/lib/when/when-selection";
import { choiceClass, muted, price, smallButton, subheading } from "./when-styles";
import type { Act } from "./when-picker";

function terms(offer: WhenOffer, calendar: RoomCalendar): string {
  const cost = price(offer.priceMinor, calendar.currency);
  if (offer.kind === "hourly") return `${cost} an hour, ${offer.minHours} hours or more`;
  if (offer.kind === "half") return `${cost}, ${(offer.blockMinutes ?? 0) / 60} hours from ${offer.startTimes?.map(clock).join(" or ")}`;
  if (offer.kind === "full") return `${cost}, the whole opening day`;
  return `${cost} a day, ${offer.minDays} days or more in a row`;
}

/** Step (a): the room, when there are several, and the kind of session with its price. */
export function KindChoice({ view, selection, act }: { view: WhenView; selection: WhenSelection; act: Act }) {
  const { calendar } = view;
  if (!calendar) return <p className={muted}>No room can be booked online just now: describe when you would like to come in, and we will find a time with you.</p>;
  return (
    <div className="space-y-5">
      {view.rooms.length > 1 ? (
        <div role="group" aria-labelledby="when-room-heading">
          <h3 id="when-room-heading" className={subheading}>
            Room
          </h3>
          <ul className="mt-2 flex flex-wrap gap-2">
            {view.rooms.map((room) => (
              <li key={room.id}>
                <button {...act(`room:${room.id}`)} aria-pressed={room.id === calendar.roomId} className={`${smallButton} aria-pressed:bg-stone-900 aria-pressed:text-white dark:aria-pressed:bg-amber-300 dark:aria-pressed:text-stone-950`}>
                  {room.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {calendar.description ? <p className={muted}>{calendar.description}</p> : null}
      <div role="group" aria-labelledby="when-kinds-heading">
        <h3 id="when-kinds-heading" tabIndex={-1} autoFocus={view.focus === "kinds"} className={subheading}>
          What kind of session?
        </h3>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {calendar.offers.map((offer) => (
            <li key={offer.kind}>
              <button {...act(`kind:${offer.kind}`)} aria-pressed={selection.kind === offer.kind} className={choiceClass}>
                <span className="text-lg font-semibold">{offer.label}</span>
                <span className={muted}>{terms(offer, calendar)}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
