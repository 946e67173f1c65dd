import type { TickedSlot } from "@/lib/availability/split-ticked-slots";
import { formatStudioRange } from "@/lib/time/format-studio-time";

/** Times ticked in other rooms: listed, and carried on as hidden fields of the form. */
export function TickedElsewhere({ slots, roomNames, timeZone }: { slots: TickedSlot[]; roomNames: Map<string, string>; timeZone: string }) {
  if (slots.length === 0) return null;
  return (
    <div className="mt-6 rounded-2xl border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
      <p className="font-semibold text-stone-900 dark:text-stone-100">Also ticked, in other rooms:</p>
      <ul className="mt-1 list-disc pl-6">
        {slots.map((slot) => (
          <li key={slot.value}>
            <input type="hidden" name="slot" value={slot.value} />
            {`${roomNames.get(slot.roomId)}: ${formatStudioRange(slot.startsAt, slot.endsAt, timeZone)}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
