import Link from "next/link";
import { calendarHref } from "@/lib/calendar/calendar-href";
import type { ChosenSubject } from "@/lib/calendar/choose-calendar-subject";
import type { CalendarPersonOption, CalendarRoomOption } from "@/lib/calendar/list-calendar-subjects";
import { skillLabel } from "@/lib/calendar/session-people";
import { addDays, type LocalDate } from "@/lib/time/zoned-time";
import { adminInputClass, adminLabelClass, linkClass, primaryButtonClass } from "../styles";

type Props = { week: LocalDate; thisWeek: LocalDate; subject: ChosenSubject; rooms: CalendarRoomOption[]; people: CalendarPersonOption[] };

/** Which calendar and which week, as a plain GET form and links: every view is a URL, no JavaScript needed. */
export function CalendarControls({ week, thisWeek, subject, rooms, people }: Props) {
  const href = (target: LocalDate) => calendarHref({ week: target, subject });
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <form method="get" action="/admin/calendar" aria-label="Choose a calendar" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="calendar-show" className={adminLabelClass}>Room or person</label>
          <select id="calendar-show" name="show" defaultValue={`${subject.kind}:${subject.id}`} className={adminInputClass}>
            {rooms.length > 0 ? (
              <optgroup label="Rooms">
                {rooms.map((room) => (
                  <option key={room.id} value={`room:${room.id}`}>{room.active ? room.name : `${room.name} (not bookable)`}</option>
                ))}
              </optgroup>
            ) : null}
            {people.length > 0 ? (
              <optgroup label="People">
                {people.map((person) => (
                  <option key={person.id} value={`person:${person.id}`}>
                    {person.name} ({person.skills.map((skill) => skillLabel[skill].toLowerCase()).join(", ")})
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
        <div>
          <label htmlFor="calendar-week" className={adminLabelClass}>Week of</label>
          <input id="calendar-week" name="week" type="date" required defaultValue={week} className={adminInputClass} />
        </div>
        <button type="submit" className={primaryButtonClass}>Show calendar</button>
      </form>
      <nav aria-label="Weeks">
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          <li><Link href={href(addDays(week, -7))} rel="prev" className={linkClass}>← Previous week</Link></li>
          <li>
            <Link href={href(thisWeek)} aria-current={week === thisWeek ? "page" : undefined} className={linkClass}>This week</Link>
          </li>
          <li><Link href={href(addDays(week, 7))} rel="next" className={linkClass}>Next week →</Link></li>
        </ul>
      </nav>
    </div>
  );
}
