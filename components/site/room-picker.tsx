import type { RoomAvailability } from "@/lib/availability/load-availability";

const buttonClass =
  "rounded-full border border-stone-500 px-4 py-2 font-medium text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-700 dark:border-stone-400 dark:text-stone-100 dark:hover:bg-stone-800";
const currentClass = "rounded-full bg-stone-900 px-4 py-2 font-semibold text-white dark:bg-amber-300 dark:text-stone-950";

/**
 * The rooms, one shown at a time. Each is a submit button of the same GET form, sent to /book
 * instead of /inquire: the times ticked so far travel with it, so nothing is lost on the way and
 * no JavaScript is needed.
 */
export function RoomPicker({ rooms, selectedId }: { rooms: Pick<RoomAvailability, "id" | "name">[]; selectedId: string }) {
  return (
    <nav aria-labelledby="rooms-heading">
      <h2 id="rooms-heading" className="text-lg font-semibold text-stone-900 dark:text-stone-100">
        Rooms
      </h2>
      <p className="text-stone-700 dark:text-stone-300">Times you tick stay ticked when you look at another room.</p>
      <ul className="mt-3 flex flex-wrap gap-3">
        {rooms.map((room) => (
          <li key={room.id}>
            {room.id === selectedId ? (
              <span aria-current="page" className={`inline-block ${currentClass}`}>
                {room.name}
              </span>
            ) : (
              <button type="submit" formAction="/book" name="room" value={room.id} className={buttonClass}>
                {room.name}
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
