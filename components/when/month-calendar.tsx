import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { MonthGrid } from "@/lib/when/calendar-month";
import type { LocalDate } from "@/lib/time/zoned-time";
import { focusRing, muted, smallButton, subheading } from "./when-styles";
import type { Act } from "./when-picker";

const WEEKDAYS = [["Mon", "Monday"], ["Tue", "Tuesday"], ["Wed", "Wednesday"], ["Thu", "Thursday"], ["Fri", "Friday"], ["Sat", "Saturday"], ["Sun", "Sunday"]];
const MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

const shift = (date: LocalDate, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const dayClass = (free: boolean, picked: boolean, chosen: boolean) =>
  [
    "relative flex h-11 w-full items-center justify-center rounded-xl text-base tabular-nums",
    focusRing,
    picked
      ? "bg-amber-700 font-bold text-white dark:bg-amber-300 dark:text-stone-950"
      : free
        ? "border border-amber-700/60 bg-amber-50 font-semibold text-stone-950 hover:bg-amber-100 dark:border-amber-300/60 dark:bg-stone-800 dark:text-white dark:hover:bg-stone-700"
        : "bg-stone-200/60 text-stone-600 hover:bg-stone-200 dark:bg-stone-800/50 dark:text-stone-400 dark:hover:bg-stone-800",
    chosen ? "ring-2 ring-stone-900 ring-offset-2 ring-offset-stone-50 dark:ring-white dark:ring-offset-stone-950" : "",
  ].join(" ");

type Props = { grid: MonthGrid; chosenDay: LocalDate | null; act: Act; live: boolean; autoFocus: boolean; kindLabel: string };

/**
 * Step (b): the month, as a grid of day buttons. With JavaScript the grid is one tab stop
 * (roving tabindex): arrow keys move a day or a week, Home and End to the week's ends, Page Up
 * and Page Down a month; Enter or Space presses the day. Without it every day is a button.
 */
export function MonthCalendar({ grid, chosenDay, act, live, autoFocus, kindLabel }: Props) {
  const cells = grid.weeks.flat().filter((cell) => cell !== null);
  const inMonth = (date: LocalDate | null) => cells.find((cell) => cell.date === date && cell.bookable)?.date;
  const initial = inMonth(chosenDay) ?? cells.find((cell) => cell.free)?.date ?? cells.find((cell) => cell.bookable)?.date ?? null;
  const [focusDate, setFocusDate] = useState<LocalDate | null>(null);
  const roving = inMonth(focusDate) ?? initial;
  const table = useRef<HTMLTableElement>(null);
  const pending = useRef<LocalDate | null>(null);

  useEffect(() => {
    if (!pending.current) return;
    table.current?.querySelector<HTMLButtonElement>(`button[data-date="${pending.current}"]`)?.focus();
    pending.current = null;
  }, [grid.month]);

  function move(event: KeyboardEvent<HTMLTableElement>) {
    const from = (event.target as HTMLElement).dataset.date;
    if (!from) return;
    const weekday = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7;
    let target: LocalDate | null;
    if (event.key in MOVES) target = shift(from, MOVES[event.key]!);
    else if (event.key === "Home") target = shift(from, -weekday);
    else if (event.key === "End") target = shift(from, 6 - weekday);
    else if (event.key === "PageUp" || event.key === "PageDown") {
      const other = event.key === "PageUp" ? grid.previous : grid.next;
      // The same day of the other month, or its last day when that month is shorter.
      const [year, month] = (other ?? "0-0").split("-").map(Number) as [number, number];
      const day = Math.min(Number(from.slice(8)), new Date(Date.UTC(year, month, 0)).getUTCDate());
      target = other ? `${other}-${String(day).padStart(2, "0")}` : null;
    } else return;
    event.preventDefault();
    if (!target) return;
    const month = target.slice(0, 7);
    if (month === grid.month) {
      if (!inMonth(target)) return;
      setFocusDate(target);
      table.current?.querySelector<HTMLButtonElement>(`button[data-date="${target}"]`)?.focus();
    } else if (month === grid.previous || month === grid.next) {
      pending.current = target;
      setFocusDate(target);
      table.current?.closest("form")?.querySelector<HTMLButtonElement>(`button[value="month:${month}"]`)?.click();
    }
  }

  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h3 id="when-month" tabIndex={-1} autoFocus={autoFocus} className={subheading}>
          {grid.title}
        </h3>
        <div className="flex gap-2">
          <button {...act(`month:${grid.previous}`)} disabled={!grid.previous} aria-label={grid.previous ? "Previous month" : "Previous month (none earlier)"} className={`${smallButton} disabled:opacity-40`}>
            <span aria-hidden="true">‹</span>
          </button>
          <button {...act(`month:${grid.next}`)} disabled={!grid.next} aria-label={grid.next ? "Next month" : "Next month (none later)"} className={`${smallButton} disabled:opacity-40`}>
            <span aria-hidden="true">›</span>
          </button>
        </div>
      </div>
      <table ref={table} role={live ? "grid" : undefined} aria-labelledby="when-month" aria-describedby="when-calendar-help" onKeyDown={live ? move : undefined} className="w-full table-fixed border-separate border-spacing-1">
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th key={short} scope="col" abbr={long} className="pb-1 text-sm font-medium text-stone-700 dark:text-stone-300">
                {short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week, index) => (
            <tr key={index}>
              {week.map((cell, column) =>
                !cell ? (
                  <td key={`blank-${column}`} />
                ) : !cell.bookable ? (
                  <td key={cell.date} aria-disabled="true" className="h-11 text-center text-base text-stone-600 tabular-nums dark:text-stone-400">
                    <span aria-hidden="true">{Number(cell.date.slice(8))}</span>
                    <span className="sr-only">{cell.label}</span>
                  </td>
                ) : (
                  <td key={cell.date}>
                    <button
                      {...act(`day:${cell.date}`)}
                      data-date={cell.date}
                      tabIndex={live ? (cell.date === roving ? 0 : -1) : undefined}
                      aria-pressed={cell.date === chosenDay || cell.picked > 0}
                      aria-label={cell.label}
                      onFocus={() => setFocusDate(cell.date)}
                      className={dayClass(cell.free, cell.picked > 0, cell.date === chosenDay)}
                    >
                      {Number(cell.date.slice(8))}
                      {cell.today ? <span aria-hidden="true" className="absolute bottom-1 h-1 w-1 rounded-full bg-current" /> : null}
                    </button>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p id="when-calendar-help" className={`flex flex-wrap gap-x-4 gap-y-1 text-sm ${muted}`}>
        <span>
          <span className="mr-1.5 inline-block size-3 rounded border border-amber-700/60 bg-amber-50 align-middle dark:border-amber-300/60 dark:bg-stone-800" />
          free for {kindLabel.toLowerCase()}
        </span>
        <span>
          <span className="mr-1.5 inline-block size-3 rounded bg-amber-700 align-middle dark:bg-amber-300" />
          picked
        </span>
        <span>
          <span className="mr-1.5 inline-block size-3 rounded bg-stone-200 align-middle dark:bg-stone-700" />
          no free time
        </span>
        {live ? <span className="sr-only">Arrow keys move between days; Enter or Space presses one.</span> : null}
      </p>
    </div>
  );
}
