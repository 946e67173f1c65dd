import Link from "next/link";
import type { ChosenSubject } from "@/lib/calendar/choose-calendar-subject";
import type { SessionSegment } from "@/lib/calendar/layout-week";
import { describePeople, rolesOf } from "@/lib/calendar/session-people";
import { formatMinutes } from "@/lib/time/zoned-time";

// A hold must read as a hold without colour: the word itself, a dashed border and stripes.
const holdClass =
  "border-2 border-dashed border-amber-800 bg-[repeating-linear-gradient(135deg,var(--color-amber-50)_0_0.5rem,var(--color-amber-200)_0.5rem_1rem)]";
const confirmedClass = "border-2 border-solid border-emerald-800 bg-emerald-100";

type Props = { segment: SessionSegment; subject: ChosenSubject; top: string; height: string };

/** One session's piece of one day, placed by its wall-clock start and end. */
export function SessionBlock({ segment, subject, top, height }: Props) {
  const { session } = segment;
  const hold = session.status === "HOLD";
  const who = subject.kind === "room" ? describePeople(session.people) || "No engineer or producer" : [session.roomName, rolesOf(session.people, subject.id)].filter(Boolean).join(" · ");
  return (
    <li
      className={`absolute inset-x-1 overflow-hidden rounded-md px-1.5 py-0.5 text-xs leading-snug text-stone-950 hover:z-10 ${hold ? holdClass : confirmedClass}`}
      style={{ top, height }}
    >
      <p>
        <strong>{hold ? "Hold" : "Confirmed"}</strong> {formatMinutes(segment.startMinutes)}–{formatMinutes(segment.endMinutes)}
        {segment.continuesFromPreviousDay ? ", continued from the day before" : ""}
        {segment.continuesToNextDay ? ", continues the next day" : ""}
      </p>
      <p>
        <Link href={`/admin/leads/${session.inquiryId}`} className="font-semibold underline underline-offset-2 hover:no-underline">
          {session.reference}
        </Link>
      </p>
      <p>{who}</p>
    </li>
  );
}
