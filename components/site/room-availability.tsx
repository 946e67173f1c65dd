import type { AvailabilityDay, AvailabilitySlot, RoomAvailability as Room } from "@/lib/availability/load-availability";
import { slotFieldValue } from "@/lib/availability/slot-field-value";
import { formatCalendarDate } from "@/lib/time/format-studio-time";
import { formatMinutes } from "@/lib/time/zoned-time";

/** "Tue 24 Nov" for a studio-local date. */
const dayLabel = (date: string) => formatCalendarDate(date, "weekdayShort");

/** "10:00" for a whole hour from the hour; "21:00–21:45" for a shorter (or, on a clock change, longer) slot. */
function slotTime(slot: AvailabilitySlot) {
  const start = formatMinutes(slot.startMinutes);
  const whole = slot.startMinutes % 60 === 0 && slot.endMinutes - slot.startMinutes === 60 && slot.endsAt.getTime() - slot.startsAt.getTime() === 3_600_000;
  return whole ? start : `${start}–${formatMinutes(slot.endMinutes)}`;
}

function Day({ room, day, ticked }: { room: Room; day: AvailabilityDay; ticked: Set<string> }) {
  if (!day.hours) {
    return (
      <p>
        <span className="font-semibold">{dayLabel(day.date)}</span>: Closed
      </p>
    );
  }
  // Lean on purpose (one element a slot, one text node each; styles in globals.css' .slot-list):
  // a room has some three hundred slots, and React sends a copy of the markup with the HTML.
  return (
    <fieldset>
      <legend className="font-semibold">{dayLabel(day.date)}</legend>
      <div className="slot-list">
        {day.slots.map((slot) => {
          if (!slot.free) return <span key={slot.startMinutes}>{`${slotTime(slot)} Busy`}</span>;
          const value = slotFieldValue({ roomId: room.id, startsAt: slot.startsAt, endsAt: slot.endsAt });
          return (
            <label key={slot.startMinutes}>
              <input type="checkbox" name="slot" value={value} defaultChecked={ticked.has(value)} />
              {`${slotTime(slot)} Free`}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** One room's four weeks: its section, a group of hour slots per day; `ticked` values start checked. */
export function RoomAvailability({ room, ticked }: { room: Room; ticked: Set<string> }) {
  const headingId = `room-${room.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="font-display text-3xl leading-tight text-stone-900 dark:text-stone-50">
        {room.name}
      </h2>
      {room.description ? <p className="mt-2 max-w-prose text-lg text-stone-700 dark:text-stone-300">{room.description}</p> : null}
      <ol className="mt-6 divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-800 dark:border-stone-800 *:py-3">
        {room.days.map((day) => (
          <li key={day.date}>
            <Day room={room} day={day} ticked={ticked} />
          </li>
        ))}
      </ol>
    </section>
  );
}
