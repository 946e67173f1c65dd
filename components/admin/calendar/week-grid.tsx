import type { ChosenSubject } from "@/lib/calendar/choose-calendar-subject";
import type { DayLayout, WeekLayout } from "@/lib/calendar/layout-week";
import { formatCalendarDate } from "@/lib/time/format-studio-time";
import { formatMinutes } from "@/lib/time/zoned-time";
import { SessionBlock } from "./session-block";

/** Height of one hour in the grid. */
const HOUR_REM = 3;

/**
 * The week as seven columns, drawn on the server. Semantically it is a list of days, each with
 * its heading, its opening hours in words and a list of its sessions, so a screen reader gets
 * the same week without the geometry.
 */
export function WeekGrid({ layout, subject }: { layout: WeekLayout; subject: ChosenSubject }) {
  const span = layout.endMinutes - layout.startMinutes;
  const position = (from: number, to: number) => {
    const start = Math.max(from, layout.startMinutes);
    const end = Math.min(to, layout.endMinutes);
    return { top: `${((start - layout.startMinutes) / span) * 100}%`, height: `${(Math.max(end - start, 0) / span) * 100}%` };
  };
  const hours = Array.from({ length: span / 60 + 1 }, (_, index) => layout.startMinutes + index * 60);
  const height = `${(span / 60) * HOUR_REM}rem`;

  return (
    <div className="relative overflow-x-auto">
      <div className="grid min-w-[58rem] grid-cols-[3.5rem_repeat(7,minmax(0,1fr))] grid-rows-[auto_auto]">
        <div aria-hidden="true" className="row-span-2 grid grid-rows-subgrid">
          <div />
          <div className="relative text-right text-xs text-stone-600 dark:text-stone-400" style={{ height }}>
            {hours.map((minutes) => (
              <span key={minutes} className="absolute right-2 -translate-y-1/2" style={{ top: position(minutes, minutes).top }}>
                {formatMinutes(minutes)}
              </span>
            ))}
          </div>
        </div>
        <ol aria-label={`Sessions by day: ${subject.name}`} className="col-span-7 row-span-2 grid grid-cols-subgrid grid-rows-subgrid">
          {layout.days.map((day) => (
            <DayColumn key={day.date} day={day} subject={subject} height={height} hours={hours} position={position} />
          ))}
        </ol>
      </div>
    </div>
  );
}

type DayProps = {
  day: DayLayout;
  subject: ChosenSubject;
  height: string;
  hours: number[];
  position: (from: number, to: number) => { top: string; height: string };
};

function DayColumn({ day, subject, height, hours, position }: DayProps) {
  const hoursText = day.closures.length > 0 ? `Closed: ${day.closures.join("; ")}` : day.open ? `Open ${formatMinutes(day.open.opensAt)}–${formatMinutes(day.open.closesAt)}` : "Closed";
  return (
    <li aria-current={day.isToday ? "date" : undefined} className="row-span-2 grid grid-rows-subgrid border-l border-stone-300 dark:border-stone-700">
      <div className={`px-2 pb-2 ${day.isToday ? "border-t-4 border-amber-700 bg-amber-50 pt-1 dark:bg-amber-950" : "pt-2"}`}>
        <h3 className="font-semibold">
          {formatCalendarDate(day.date, "weekdayShort")}
          {day.isToday ? <span className="ml-1 rounded bg-amber-900 px-1.5 text-xs font-semibold text-white">Today</span> : null}
        </h3>
        <p className="text-sm text-stone-700 dark:text-stone-300">{hoursText}</p>
      </div>
      {/* Closed time is shaded; the open hours are the plain part of the column. */}
      <div className="relative bg-stone-200 dark:bg-stone-800" style={{ height }}>
        {day.open ? <div aria-hidden="true" className="absolute inset-x-0 bg-white dark:bg-stone-900" style={position(day.open.opensAt, day.open.closesAt)} /> : null}
        {hours.map((minutes) => (
          <div key={minutes} aria-hidden="true" className="absolute inset-x-0 border-t border-stone-300 dark:border-stone-700" style={{ top: position(minutes, minutes).top }} />
        ))}
        {day.segments.length > 0 ? (
          <ul aria-label={`Sessions on ${formatCalendarDate(day.date, "weekdayShort")}`}>
            {day.segments.map((segment) => (
              <SessionBlock key={segment.session.id} segment={segment} subject={subject} {...position(segment.startMinutes, segment.endMinutes)} />
            ))}
          </ul>
        ) : (
          <p className="sr-only">No sessions.</p>
        )}
      </div>
    </li>
  );
}
