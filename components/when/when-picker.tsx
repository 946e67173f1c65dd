"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type MouseEvent } from "react";
import { applyWhenOp, hasFree } from "@/lib/when/apply-when-op";
import { monthGrid } from "@/lib/when/calendar-month";
import { estimatePicks } from "@/lib/when/estimate-picks";
import { KIND_NAMES, type WhenView } from "@/lib/when/room-calendar";
import { formatPick, whenQuery, type WhenSelection } from "@/lib/when/when-selection";
import { DayOptions } from "./day-options";
import { KindChoice } from "./kind-choice";
import { MonthCalendar } from "./month-calendar";
import { PickedTimes } from "./picked-times";
import { linkButton, muted, price, primaryButton } from "./when-styles";

export type Act = (op: string) => { type: "submit"; name: "when"; value: string; onClick: (event: MouseEvent<HTMLButtonElement>) => void };

type Props = {
  view: WhenView;
  /** Inside the inquiry form, or on /book (a GET form of its own). */
  mode: "inquire" | "book";
  /** The role chosen earlier (?role=), carried on to /inquire. */
  role?: string;
  errors?: string[];
};

const noSubscription = () => () => {};
const FOCUS_IDS = { kinds: "when-kinds-heading", calendar: "when-month", day: "when-day", picked: "when-picked" } as const;

/**
 * The "when" step. Every control is a submit button named "when" whose value says what it does,
 * so without JavaScript the form goes to the server, which makes the same change
 * (lib/when/apply-when-op.ts) and answers with the page again. With JavaScript the change is
 * made here at once, announced in the live region, and the address kept in step; only changing
 * room goes to the server, for that room's calendar.
 */
export function WhenPicker({ view, mode, role, errors }: Props) {
  const [selection, setSelection] = useState<WhenSelection>(view.selection);
  const [notices, setNotices] = useState(view.notices);
  const live = useSyncExternalStore(noSubscription, () => true, () => false);
  const root = useRef<HTMLElement>(null);
  const changed = useRef(false);
  const { calendar } = view;
  const base = mode === "book" ? "/book" : "/inquire";

  // After the server answered a change (another room), focus where the change shows.
  useEffect(() => {
    if (view.focus) document.getElementById(FOCUS_IDS[view.focus])?.focus();
  }, [view]);

  useEffect(() => {
    if (!changed.current) return;
    window.history.replaceState(window.history.state, "", `${base}?${whenQuery(selection, { role })}`);
    // A removed pick takes its button with it: keep focus in the step.
    if (!root.current?.contains(document.activeElement)) root.current?.querySelector<HTMLElement>("#when-picked, #when-day, #when-kinds-heading")?.focus();
  }, [selection, base, role]);

  const act: Act = (op) => ({
    type: "submit",
    name: "when",
    value: op,
    onClick(event) {
      // The room on screen already: nothing to ask the server (its answer would reset the step).
      if (live && op === `room:${calendar?.roomId}`) return event.preventDefault();
      if (!live || op.startsWith("room:")) return;
      event.preventDefault();
      const form = event.currentTarget.form;
      const field = (name: string) => (form?.elements.namedItem(name) as HTMLSelectElement | null)?.value;
      const result = applyWhenOp(selection, op, calendar, { hourlyStart: field("hourlyStart"), hourlyHours: field("hourlyHours") });
      changed.current = true;
      setSelection(result.selection);
      setNotices(result.notices);
      if (op.startsWith("day:") || op.startsWith("kind:")) requestAnimationFrame(() => document.getElementById(op.startsWith("day:") ? "when-day" : "when-month")?.scrollIntoView({ block: "nearest", behavior: "smooth" }));
    },
  });

  const kind = selection.kind;
  const months = calendar ? [calendar.days[0]!.date.slice(0, 7), calendar.days.at(-1)!.date.slice(0, 7)] : [];
  const firstFree = calendar && kind ? calendar.days.find((day) => hasFree(day, kind)) : undefined;
  const wanted = selection.month ?? selection.day?.slice(0, 7) ?? selection.picks[0]?.date.slice(0, 7) ?? firstFree?.date.slice(0, 7) ?? months[0];
  const month = wanted && months.length ? (wanted < months[0]! ? months[0]! : wanted > months[1]! ? months[1]! : wanted) : null;
  const count = selection.picks.length;
  const continueHref = mode === "book" ? `/inquire?${whenQuery(selection, { role })}` : "#details";
  const continueLabel = mode === "book" ? "Continue to the inquiry form" : "Continue to your details";
  const total = calendar && count ? price(estimatePicks(selection.picks, calendar).totalMinor, calendar.currency) : "";

  return (
    <section ref={root} id="when" data-live={live ? "" : undefined} tabIndex={-1} aria-labelledby="when-heading" aria-describedby={errors?.length ? "sessionRequest-error" : undefined} className="space-y-6 focus:outline-none">
      <div>
        <h2 id="when-heading" className="font-display text-3xl leading-tight text-stone-900 dark:text-stone-50">
          {mode === "inquire" ? "1. When would you like to come in?" : "Pick your days"}
        </h2>
        <p className={`mt-2 text-lg ${muted}`}>
          {mode === "inquire" ? "Optional. " : ""}Choose a kind of session, then days on the calendar. Times are the studio&rsquo;s
          {calendar ? ` (${calendar.timeZone.replace(/_/g, " ")})` : ""}; nothing is booked until the studio confirms with you.
        </p>
      </div>
      {errors?.length ? (
        <div id="sessionRequest-error" className="rounded-2xl border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-950 dark:border-red-400 dark:bg-stone-900 dark:text-red-100">
          <p>These times cannot be asked for as they are:</p>
          <ul className="mt-1 list-disc pl-6">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {calendar ? <input type="hidden" name="room" value={calendar.roomId} /> : null}
      {kind ? <input type="hidden" name="kind" value={kind} /> : null}
      {month ? <input type="hidden" name="month" value={month} /> : null}
      {selection.day ? <input type="hidden" name="day" value={selection.day} /> : null}
      {selection.picks.map((pick) => (
        <input key={formatPick(pick)} type="hidden" name="pick" value={formatPick(pick)} />
      ))}
      {selection.skip ? <input type="hidden" name="skip" value="1" /> : null}

      {selection.skip && count === 0 ? (
        <p className="text-lg">
          You will describe when in words, under &ldquo;About your project&rdquo;.{" "}
          <button {...act("unskip")} className={linkButton}>
            Pick days on the calendar instead
          </button>
        </p>
      ) : (
        <>
          <KindChoice view={view} selection={selection} act={act} />
          {calendar && kind && month ? (
            <MonthCalendar grid={monthGrid(month, calendar, kind, selection.picks)} chosenDay={selection.day} act={act} live={live} autoFocus={view.focus === "calendar"} kindLabel={KIND_NAMES[kind]} />
          ) : null}
          {calendar && kind && selection.day ? <DayOptions calendar={calendar} selection={{ ...selection, kind, day: selection.day }} act={act} autoFocus={view.focus === "day"} /> : null}
          {calendar && count > 0 ? (
            <PickedTimes calendar={calendar} picks={selection.picks} act={act} continueHref={continueHref} continueLabel={continueLabel} autoFocus={view.focus === "picked"} />
          ) : mode === "inquire" ? (
            <p>
              <button {...act("skip")} className={linkButton}>
                I&rsquo;ll describe when in words instead
              </button>
            </p>
          ) : null}
        </>
      )}

      <p role="status" aria-live="polite" className={notices.length ? `font-medium ${muted}` : "sr-only"}>
        {notices.join(" ")}
      </p>

      {count > 0 ? (
        // Sticky within the step: on a phone it rides the bottom of the screen while the calendar is in view.
        <div className="sticky bottom-0 z-30 -mx-5 flex items-center justify-between gap-3 border-t border-stone-300 bg-stone-50/95 px-5 py-3 backdrop-blur sm:hidden dark:border-stone-700 dark:bg-stone-950/95">
          <p className="font-semibold">
            {count} selected <span className={`font-normal ${muted}`}>· {total}</span>
          </p>
          <a href={continueHref} className={`${primaryButton} px-5 py-2`}>
            Continue
          </a>
        </div>
      ) : null}
    </section>
  );
}
