import Link from "next/link";
import { PageIntro } from "@/components/site/page-intro";
import { RoomAvailability } from "@/components/site/room-availability";
import { RoomPicker } from "@/components/site/room-picker";
import { TickedElsewhere } from "@/components/site/ticked-elsewhere";
import { loadAvailability } from "@/lib/availability/load-availability";
import { splitTickedSlots } from "@/lib/availability/split-ticked-slots";
import { getDb } from "@/lib/db";
import { pageMetadata } from "@/lib/site/page-metadata";
import { formatCalendarDate } from "@/lib/time/format-studio-time";
import { addDays } from "@/lib/time/zoned-time";

export const metadata = pageMetadata({
  title: "Studio availability",
  description: "When each of the studio's rooms is free over the next four weeks. Pick up to three times that suit you and send them with your inquiry.",
  path: "/book",
});

/** Four weeks from today, as the issue asks. */
const DAYS = 28;

const submitClass =
  "rounded-full bg-stone-900 px-6 py-3 text-lg font-semibold text-white hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-700 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200";

const longDay = (date: string) => formatCalendarDate(date, "weekdayLong");

const list = (value: string | string[] | undefined) => (typeof value === "string" ? [value] : (value ?? []));

type Props = { searchParams: Promise<{ room?: string | string[]; slot?: string | string[] }> };

// Rendered per request from the bookings as they are now: free or busy only, never whose. One
// room at a time (`?room=`), so the page stays a few hundred slots however many rooms there are.
// It is one plain GET form: "Continue" sends the ticked times to /inquire, a room's button sends
// them back here with that room, so no JavaScript is needed.
export default async function BookPage({ searchParams }: Props) {
  const { room: roomParam, slot } = await searchParams;
  const { rooms, from, timeZone } = await loadAvailability(getDb(), { days: DAYS, now: new Date() });
  const room = rooms.find((candidate) => candidate.id === roomParam) ?? rooms[0];
  const ticked = room ? splitTickedSlots(list(slot), { roomId: room.id, roomIds: rooms.map((candidate) => candidate.id) }) : null;
  return (
    <>
      <PageIntro eyebrow="Book" title="Studio availability">
        <p>
          When each room is free from {longDay(from)} to {longDay(addDays(from, DAYS - 1))}. Times are the studio&rsquo;s
          local time ({timeZone.replace(/_/g, " ")}); each starts on the hour and lasts an hour unless it says otherwise.
        </p>
        <p className="mt-4">
          Tick up to three free times that would suit you and continue to the inquiry form. Nothing is reserved until we
          confirm with you.
        </p>
      </PageIntro>
      <div className="mx-auto max-w-6xl px-5 sm:px-8">
        {!room || !ticked ? (
          <p className="text-lg">
            No rooms are listed yet. <Link className="underline underline-offset-4" href="/inquire">Tell us what you need</Link> and
            we will find a time with you.
          </p>
        ) : (
          <form action="/inquire" method="get">
            {rooms.length > 1 ? <RoomPicker rooms={rooms} selectedId={room.id} /> : null}
            <TickedElsewhere slots={ticked.elsewhere} roomNames={new Map(rooms.map((candidate) => [candidate.id, candidate.name]))} timeZone={timeZone} />
            <RoomAvailability room={room} ticked={ticked.here} />
            <p className="mt-6">
              <button type="submit" className={submitClass}>
                Continue with the times I ticked
              </button>
            </p>
          </form>
        )}
      </div>
    </>
  );
}
