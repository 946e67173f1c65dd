// Inquiries per week as a stacked bar per role: plain SVG rendered on the server, no chart library
// and no client JavaScript. Screen readers get a summary on the image and the numbers in a table.
import type { RoleNeeded } from "@/lib/generated/prisma/enums";
import { roleShortLabel } from "@/lib/inquiries/labels";

type Week = { weekStart: Date; counts: Record<RoleNeeded, number> };

const ROLES: RoleNeeded[] = ["ENGINEER", "PRODUCER", "BOTH", "UNSURE"];
// Bars are filled with currentColor, so each role's colour (and its dark-mode variant) is a class.
// Blue, orange, purple and grey stay apart for the common colour-vision deficiencies too.
const ROLE_COLOUR: Record<RoleNeeded, string> = {
  ENGINEER: "text-sky-600 dark:text-sky-400",
  PRODUCER: "text-amber-500 dark:text-amber-300",
  BOTH: "text-violet-700 dark:text-violet-400",
  UNSURE: "text-stone-400 dark:text-stone-500",
};
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WIDTH = 600;
const HEIGHT = 220;
const TOP = 16;
const BOTTOM = 24;
const LEFT = 32;

/** "3 Nov": weeks start on a Monday at 00:00 in the studio's zone (weekStart is that date at UTC midnight). */
const weekLabel = (date: Date) => `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
const total = (week: Week) => ROLES.reduce((sum, role) => sum + week.counts[role], 0);
/** Each role's segment with the count stacked below it, bottom to top. */
const stack = (week: Week) => ROLES.map((role, i) => ({ role, count: week.counts[role], below: ROLES.slice(0, i).reduce((sum, r) => sum + week.counts[r], 0) }));

export function WeeklyInquiriesChart({ weeks }: { weeks: Week[] }) {
  const totals = weeks.map(total);
  const max = Math.max(1, ...totals);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / Math.max(1, weeks.length);
  const barWidth = slot * 0.6;
  const y = (count: number) => (count / max) * plotHeight;
  const busiest = totals.indexOf(Math.max(...totals));
  const sum = totals.reduce((a, b) => a + b, 0);
  const summary =
    weeks.length === 0
      ? "No weeks to show."
      : `Inquiries per week from the week of ${weekLabel(weeks[0].weekStart)} to the week of ${weekLabel(weeks.at(-1)!.weekStart)}: ` +
        `${sum} in all; the busiest week was ${weekLabel(weeks[busiest].weekStart)} with ${totals[busiest]}. ` +
        `By role: ${ROLES.map((role) => `${roleShortLabel[role]} ${weeks.reduce((n, week) => n + week.counts[role], 0)}`).join(", ")}.`;

  return (
    <div className="text-stone-700 dark:text-stone-300">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className="h-auto w-full">
        <line x1={LEFT} x2={WIDTH} y1={TOP + plotHeight} y2={TOP + plotHeight} stroke="currentColor" strokeOpacity={0.4} />
        <line x1={LEFT} x2={WIDTH} y1={TOP} y2={TOP} stroke="currentColor" strokeOpacity={0.15} strokeDasharray="4 4" />
        <text x={LEFT - 6} y={TOP + 4} textAnchor="end" fontSize={11} fill="currentColor">{max}</text>
        <text x={LEFT - 6} y={TOP + plotHeight + 4} textAnchor="end" fontSize={11} fill="currentColor">0</text>
        {weeks.map((week, i) => {
          const x = LEFT + i * slot + (slot - barWidth) / 2;
          return (
            <g key={week.weekStart.toISOString()}>
              {stack(week).filter(({ count }) => count > 0).map(({ role, count, below }) => (
                // The stroke leaves a hairline between segments, so neighbouring colours stay apart.
                <rect key={role} x={x} y={TOP + plotHeight - y(below + count)} width={barWidth} height={y(count)} fill="currentColor"
                  stroke="white" strokeWidth={1} className={`${ROLE_COLOUR[role]} dark:stroke-stone-900`}>
                  <title>{`${roleShortLabel[role]}: ${count} (week of ${weekLabel(week.weekStart)})`}</title>
                </rect>
              ))}
              <text x={x + barWidth / 2} y={HEIGHT - 6} textAnchor="middle" fontSize={11} fill="currentColor">
                {weekLabel(week.weekStart)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul aria-hidden="true" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {ROLES.map((role) => (
          <li key={role} className="flex items-center gap-1.5">
            <span className={`inline-block size-3 rounded-sm bg-current ${ROLE_COLOUR[role]}`} />
            {roleShortLabel[role]}
          </li>
        ))}
      </ul>
      {/* Hidden by its wrapper: a table keeps its content's width even at 1px, and would widen the page. */}
      <div className="sr-only">
      <table>
        <caption>Inquiries per week by role needed</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {ROLES.map((role) => <th key={role} scope="col">{roleShortLabel[role]}</th>)}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={week.weekStart.toISOString()}>
              <th scope="row">{weekLabel(week.weekStart)}</th>
              {ROLES.map((role) => <td key={role}>{week.counts[role]}</td>)}
              <td>{totals[i]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
