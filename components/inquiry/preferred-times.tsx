import Link from "next/link";
import type { ChosenSlot } from "@/lib/inquiries/read-chosen-slots";

const linkClass = "font-medium text-amber-800 underline underline-offset-4 dark:text-amber-300";

type Props = {
  slots: (ChosenSlot & { removeHref: string })[];
  notices: string[];
  /** /book, with the chosen times ticked. */
  bookHref: string;
};

/**
 * The times picked on /book, carried as hidden fields of the inquiry form, each with a link that
 * drops it (a plain link to /inquire without it, so it works without JavaScript).
 */
export function PreferredTimes({ slots, notices, bookHref }: Props) {
  return (
    <section id="preferredSlots" tabIndex={-1} aria-labelledby="preferredSlots-heading" className="rounded-2xl border border-stone-300 bg-white p-5 focus:outline-none dark:border-stone-700 dark:bg-stone-900">
      <h2 id="preferredSlots-heading" className="text-lg font-semibold text-stone-900 dark:text-stone-100">
        Times that would suit you
      </h2>
      {notices.map((notice) => (
        <p key={notice} className="mt-2 font-semibold text-red-800 dark:text-red-300">
          {notice}
        </p>
      ))}
      {slots.length > 0 ? (
        <>
          <ul className="mt-3 space-y-2">
            {slots.map((slot) => (
              <li key={slot.value} className="flex flex-wrap items-baseline gap-x-4">
                <input type="hidden" name="preferredSlots" value={slot.value} />
                <span>
                  <span className="font-semibold">{slot.roomName ?? "Any room"}</span>: {slot.when}
                </span>
                <Link className={linkClass} href={slot.removeHref}>
                  Remove<span className="sr-only">
                    {" "}
                    {slot.roomName ?? "any room"}, {slot.when}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-stone-700 dark:text-stone-300">
            These are preferences, not bookings: we will confirm a time with you. <Link className={linkClass} href={bookHref}>Pick different times</Link>
          </p>
        </>
      ) : (
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          Optional: <Link className={linkClass} href="/book">see when the rooms are free</Link> and pick up to three times.
        </p>
      )}
    </section>
  );
}
