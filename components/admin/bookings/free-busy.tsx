"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import type { FreeBusyState } from "@/lib/bookings/load-free-busy";
import { linkClass } from "../styles";

type Props = { loadFreeBusyAction: (state: FreeBusyState, formData: FormData) => Promise<FreeBusyState> };

const WATCHED = new Set(["roomId", "date", "engineerId", "producerId"]);
const SETTLE_MS = 250;

/**
 * Beside the booking form's fields: for each date chosen, the studio's hours and when the chosen
 * room and people are already taken, read again whenever one of those fields changes. Without
 * JavaScript the week calendar shows the same.
 */
export function FreeBusy({ loadFreeBusyAction }: Props) {
  const [state, dispatch, pending] = useActionState(loadFreeBusyAction, { status: "idle" });
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    const form = root.current?.closest("form");
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = (event: Event) => {
      const name = (event.target as HTMLInputElement | null)?.name;
      if (!name || !WATCHED.has(name)) return;
      clearTimeout(timer);
      timer = setTimeout(() => startTransition(() => dispatch(new FormData(form))), SETTLE_MS);
    };
    // "input" as a date is typed, "change" as a select is picked: either reads the days again.
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    // A date typed before the page's script ran raised no event this listener heard: read it now.
    if (new FormData(form).getAll("date").some((date) => date !== "")) timer = setTimeout(() => startTransition(() => dispatch(new FormData(form))), SETTLE_MS);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", changed);
      form.removeEventListener("change", changed);
    };
  }, [dispatch]);

  const days = "days" in state ? state.days : [];
  return (
    <section ref={root} aria-labelledby="free-busy-heading" aria-busy={pending} className="rounded-lg border border-stone-300 p-3 text-sm dark:border-stone-700">
      <h4 id="free-busy-heading" className="font-semibold">Free and busy on the chosen days</h4>
      {state.status !== "idle" && state.status !== "success" ? <p>{state.message}</p> : null}
      {days.length === 0 ? (
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          Choose a date to see when the room and people are taken, or see the <a href="/admin/calendar" className={linkClass}>week calendar</a>.
        </p>
      ) : (
        <ul className="mt-2 space-y-2">
          {days.map((day) => (
            <li key={day.date}>
              <p className="font-semibold">
                {day.label} · {day.hours}
              </p>
              <ul className="ml-4 list-disc">
                {day.rows.map((row) => (
                  <li key={row.who}>
                    {row.who}: {row.busy.length === 0 ? "free all day" : `busy ${row.busy.join("; ")}`}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
