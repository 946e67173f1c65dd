import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CalendarControls } from "@/components/admin/calendar/calendar-controls";
import { WeekGrid } from "@/components/admin/calendar/week-grid";
import { WeekSessionTable } from "@/components/admin/calendar/week-session-table";
import { panelClass } from "@/components/admin/styles";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { calendarHref } from "@/lib/calendar/calendar-href";
import { chooseCalendarSubject } from "@/lib/calendar/choose-calendar-subject";
import { layoutWeek } from "@/lib/calendar/layout-week";
import { listCalendarSubjects } from "@/lib/calendar/list-calendar-subjects";
import { loadWeekCalendar } from "@/lib/calendar/load-week-calendar";
import { parseCalendarQuery } from "@/lib/calendar/parse-calendar-query";
import { getDb } from "@/lib/db";
import { listClosures } from "@/lib/studio/list-closures";
import { loadStudioSettings } from "@/lib/studio/load-studio-settings";
import { formatCalendarDate } from "@/lib/time/format-studio-time";
import { addDays, startOfWeek, todayIn } from "@/lib/time/zoned-time";

export const metadata: Metadata = { title: "Calendar" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CalendarPage({ searchParams }: Props) {
  const query = parseCalendarQuery(await searchParams);
  await requireStaffPage(calendarHref(query));
  // The form names its choice show=room:<id>; the page's own address says room=<id>.
  if (query.fromForm) redirect(calendarHref(query));

  const db = getDb();
  const [settings, options] = await Promise.all([loadStudioSettings(db), listCalendarSubjects(db)]);
  const { timeZone } = settings;
  const today = todayIn(timeZone);
  const thisWeek = startOfWeek(today);
  const week = query.week ?? thisWeek;
  const chosen = chooseCalendarSubject(query.subject, options);
  const subject = chosen.subject;
  const messages = [...query.messages, ...chosen.messages];
  const days = Array.from({ length: 7 }, (_, index) => addDays(week, index));
  const [calendar, closures] = await Promise.all([
    subject ? loadWeekCalendar(db, { week, timeZone, subject }) : null,
    listClosures(db, { from: week, to: days[6] }),
  ]);
  const sessions = calendar?.sessions ?? [];
  const layout = layoutWeek({ days, sessions, timeZone, openingHours: settings.openingHours, closures, today });
  const title = `${formatCalendarDate(days[0], "long")} to ${formatCalendarDate(days[6], "long")}`;

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Calendar</h1>
      {messages.length ? (
        <div role="status" className="rounded-lg border border-amber-700 bg-amber-50 p-3 dark:bg-amber-950">
          {messages.map((message) => <p key={message}>{message}</p>)}
        </div>
      ) : null}
      {subject ? (
        <>
          <section className={panelClass} aria-label="Choose the calendar">
            <CalendarControls week={week} thisWeek={thisWeek} subject={subject} rooms={options.rooms} people={options.people} />
          </section>
          <section className={panelClass} aria-labelledby="calendar-week-heading">
            <h2 id="calendar-week-heading" className="text-xl font-semibold">
              {subject.name}: {title}
            </h2>
            <p className="mt-1 mb-4 text-sm text-stone-700 dark:text-stone-300">
              Times are the studio&apos;s ({timeZone}). Holds have a dashed, striped border; shaded hours are outside opening hours.
            </p>
            <WeekGrid layout={layout} subject={subject} />
          </section>
          <section className={panelClass} aria-labelledby="calendar-list-heading">
            <h2 id="calendar-list-heading" className="mb-3 text-xl font-semibold">Sessions this week</h2>
            <WeekSessionTable sessions={sessions} timeZone={timeZone} />
          </section>
        </>
      ) : (
        <p className={panelClass}>There are no rooms or bookable people yet. An owner adds them in Settings.</p>
      )}
    </div>
  );
}
