import type { AvailabilityDay, AvailabilitySlot, RoomAvailability as Room } from "@/lib/availability/load-availability";
import { preferredSlotFieldValue } from "@/lib/inquiries/preferred-slots-schema";
import { formatMinutes } from "@/lib/time/zoned-time";

const dayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

/** "Tue 24 Nov" for a studio-local date. */
const dayLabel = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`)).replace(",", "");

/** "10:00" for a whole hour from the hour; "21:00–21:45" for a shorter (or, on a clock change, longer) slot. */
function slotTime(slot: AvailabilitySlot) {
  const start = formatMinutes(slot.startMinutes);
  const whole = slot.startMinutes % 60 === 0 && slot.endMinutes - slot.startMinutes === 60 && slot.endsAt.getTime() - slot.startsAt.getTime() === 3_600_000;
  return whole ? start : `${start}–${formatMinutes(slot.endMinutes)}`;
}

function Day({ room, day }: { room: Room; day: AvailabilityDay }) {
  if (!day.hours) {
    return (
      <p>
        <span className="font-semibold">{dayLabel(day.date)}</span>: Closed
      </p>
    );
  }
  // Lean on purpose (one element a slot, one text node each; styles in globals.css): a page
  // holds over a thousand slots, and React sends a copy of the markup along with the HTML.
  return (
    <fieldset>
      <legend className="font-semibold">
        {dayLabel(day.date)}
        <span className="sr-only">{`, ${room.name}`}</span>
      </legend>
      <div className="slot-list">
        {day.slots.map((slot) =>
          slot.free ? (
            <label key={slot.startsAt.getTime()}>
              <input type="checkbox" name="slot" value={preferredSlotFieldValue({ roomId: room.id, startsAt: slot.startsAt, endsAt: slot.endsAt })} />
              {`${slotTime(slot)} Free`}
            </label>
          ) : (
            <span key={slot.startsAt.getTime()}>{`${slotTime(slot)} Busy`}</span>
          ),
        )}
      </div>
    </fieldset>
  );
}

/** One room's four weeks: a section per room, a group of hour slots per day. */
export function RoomAvailability({ room }: { room: Room }) {
  const headingId = `room-${room.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-14 scroll-mt-6" id={`availability-${room.id}`}>
      <h2 id={headingId} className="font-display text-3xl leading-tight text-stone-900 dark:text-stone-50">
        {room.name}
      </h2>
      {room.description ? <p className="mt-2 max-w-prose text-lg text-stone-700 dark:text-stone-300">{room.description}</p> : null}
      <ol className="mt-6 divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-800 dark:border-stone-800 *:py-3">
        {room.days.map((day) => (
          <li key={day.date}>
            <Day room={room} day={day} />
          </li>
        ))}
      </ol>
    </section>
  );
}
