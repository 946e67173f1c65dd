import { formatCalendarDate } from "@/lib/time/format-studio-time";
import { freeSummary } from "@/lib/when/apply-when-op";
import { estimatePicks } from "@/lib/when/estimate-picks";
import { clock } from "@/lib/when/pick-facts";
import { dayOf, offerOf, type RoomCalendar } from "@/lib/when/room-calendar";
import { formatPick, samePick, type Pick, type WhenKind, type WhenSelection } from "@/lib/when/when-selection";
import { inputClass } from "@/components/inquiry/field";
import { choiceClass, muted, price, smallButton, subheading } from "./when-styles";
import type { Act } from "./when-picker";

/** Every start an hourly booking may take in the day's free windows, and the most hours from any. */
function hourlyChoices(windows: [number, number][], minHours: number) {
  const starts: number[] = [];
  let most = 0;
  for (const [from, to] of windows) {
    for (let start = from; start + minHours * 60 <= to; start = (Math.floor(start / 60) + 1) * 60) starts.push(start);
    most = Math.max(most, Math.floor((to - from) / 60));
  }
  return { starts, hours: Array.from({ length: Math.max(0, most - minHours + 1) }, (_, index) => minHours + index) };
}

type Props = { calendar: RoomCalendar; selection: WhenSelection & { kind: WhenKind; day: string }; act: Act; autoFocus: boolean };

/** Step (c) and (d): what the chosen day has free of the kind being picked, to add to the list. */
export function DayOptions({ calendar, selection, act, autoFocus }: Props) {
  const { kind, day: date, picks } = selection;
  const day = dayOf(calendar, date);
  const offer = offerOf(calendar, kind);
  const title = `${formatCalendarDate(date, "weekdayLong")} ${date.slice(0, 4)}`;
  const isPicked = (pick: Pick) => picks.some((earlier) => samePick(earlier, pick));
  const cost = (pick: Pick) => {
    const line = estimatePicks([pick], calendar).lines[0];
    return line ? price(line.amountMinor, calendar.currency) : "";
  };
  const zone = day?.zone ?? "";
  return (
    <div className="space-y-3 rounded-2xl border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
      <h3 id="when-day" tabIndex={-1} autoFocus={autoFocus} className={subheading}>
        {title}
      </h3>
      {!day || !offer ? (
        <p className={muted}>This day is not on the calendar.</p>
      ) : day.closed ? (
        <p className={muted}>The studio is closed that day.</p>
      ) : kind === "full" || kind === "lockout" ? (
        <FixedDay pick={{ date, kind }} picked={isPicked({ date, kind })} free={kind === "full" ? day.full : day.lockout} time={`${clock(day.opensAt)}–${clock(day.closesAt)} ${zone}`} cost={cost({ date, kind })} act={act} label={offer.label} />
      ) : kind === "half" ? (
        <ul className="grid gap-2 sm:grid-cols-2">
          {(offer.startTimes ?? []).filter((start) => start >= day.opensAt && start + (offer.blockMinutes ?? 0) <= day.closesAt).map((start) => {
            const pick: Pick = { date, kind, start };
            const picked = isPicked(pick);
            const time = `${clock(start)}–${clock(start + (offer.blockMinutes ?? 0))} ${zone}`;
            return (
              <li key={start}>
                {day.half.includes(start) || picked ? (
                  <button {...act(`${picked ? "remove" : "add"}:${formatPick(pick)}`)} aria-pressed={picked} className={choiceClass}>
                    <span className="font-semibold">{time}</span>
                    <span className={muted}>{picked ? "Picked · press to remove" : `Free · ${cost(pick)}`}</span>
                  </button>
                ) : (
                  <p className="rounded-2xl border border-dashed border-stone-400 px-4 py-3 text-stone-700 dark:border-stone-600 dark:text-stone-300">
                    <span className="font-semibold">{time}</span> · taken
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <Hours date={date} windows={day.hourly} minHours={offer.minHours ?? 1} act={act} zone={zone} hourly={price(offer.priceMinor, calendar.currency)} />
      )}
      {day && !day.closed ? (
        <p className={muted}>
          {day.busy.length ? `Already taken that day: ${day.busy.map(([from, to]) => `${clock(from)}–${clock(to)}`).join(", ")} ${zone}. ` : ""}
          {freeSummary(day, kind, calendar).replace(/^./, (first) => first.toUpperCase())}.
        </p>
      ) : null}
    </div>
  );
}

type FixedProps = { pick: Pick; picked: boolean; free: boolean; time: string; cost: string; act: Act; label: string };

function FixedDay({ pick, picked, free, time, cost, act, label }: FixedProps) {
  if (!free && !picked) return <p className={muted}>No free {label.toLowerCase()} this day ({time}).</p>;
  return (
    <button {...act(`${picked ? "remove" : "add"}:${formatPick(pick)}`)} aria-pressed={picked} className={choiceClass}>
      <span className="font-semibold">
        {label}, {time}
      </span>
      <span className={muted}>{picked ? "Picked · press to remove" : `Free · ${cost}`}</span>
    </button>
  );
}

type HoursProps = { date: string; windows: [number, number][]; minHours: number; act: Act; zone: string; hourly: string };

function Hours({ date, windows, minHours, act, zone, hourly }: HoursProps) {
  const { starts, hours } = hourlyChoices(windows, minHours);
  if (starts.length === 0) return <p className={muted}>No {minHours} free hours in a row this day.</p>;
  return (
    <div key={date} className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="hourlyStart" className="block font-semibold">
          Start <span className="font-normal">({zone})</span>
        </label>
        <select id="hourlyStart" name="hourlyStart" defaultValue={clock(starts[0]!)} className={`${inputClass} w-32`}>
          {starts.map((start) => (
            <option key={start}>{clock(start)}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="hourlyHours" className="block font-semibold">
          Hours <span className="font-normal">({hourly} each)</span>
        </label>
        <select id="hourlyHours" name="hourlyHours" defaultValue={String(minHours)} className={`${inputClass} w-28`}>
          {hours.map((count) => (
            <option key={count}>{count}</option>
          ))}
        </select>
      </div>
      <button {...act(`hours:${date}`)} className={`${smallButton} mb-1`}>
        Add these hours
      </button>
    </div>
  );
}
