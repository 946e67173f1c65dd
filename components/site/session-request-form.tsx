"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { initialArtistRequestFormState, type ArtistRequestFormState } from "@/lib/artist-portal/artist-request-form-state";
import { Field, FieldErrors, inputClass } from "@/components/inquiry/field";

const CHOICES = [
  { value: "MOVE", label: "Move it to another time" },
  { value: "CANCEL", label: "Cancel it" },
];

type Props = {
  token: string;
  bookingId: string;
  sessionLabel: string;
  /** Live days in this session's booking: with more than one, the artist can ask about them all. */
  liveDaysInBooking?: number;
  /** Free times of the same kind it could move to (list-move-options.ts), earliest first. */
  moveOptions?: { value: string; day: string; label: string }[];
  /** The artist's request server action (app/(site)/your-inquiry/[token]/actions.ts), passed in by the page. */
  askAboutSessionAction: (previous: ArtistRequestFormState, formData: FormData) => Promise<ArtistRequestFormState>;
};

/**
 * Asks the studio to move or cancel one session. Works as a plain form without JavaScript; the
 * outcome is announced in a live region, each error is linked to its field, and what was typed
 * survives a failed attempt.
 */
export function SessionRequestForm({ token, bookingId, sessionLabel, liveDaysInBooking = 1, moveOptions = [], askAboutSessionAction }: Props) {
  const [state, dispatch, pending] = useActionState(askAboutSessionAction, initialArtistRequestFormState);
  const form = useRef<HTMLFormElement>(null);
  const id = (name: string) => `${name}-${bookingId}`;
  const errors = state.fieldErrors ?? {};
  const failed = state.status === "invalid" || state.status === "refused" || state.status === "error";
  const done = state.status === "asked" || state.status === "already-asked" || state.status === "moved";

  useEffect(() => {
    if (state.status === "asked" || state.status === "moved") form.current?.reset();
  }, [state]);

  function submit(event: FormEvent<HTMLFormElement>) {
    // Through a transition rather than the form's action, so React keeps the fields until the
    // answer is known.
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  return (
    <details open={state.status !== "idle"} className="mt-4 rounded-2xl border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
      <summary className="cursor-pointer text-lg font-semibold text-amber-800 underline underline-offset-4 dark:text-amber-300">
        Ask to move or cancel this session
      </summary>
      <form ref={form} action={dispatch} onSubmit={submit} noValidate aria-label={`Ask about the session on ${sessionLabel}`} className="mt-4 space-y-5">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="bookingId" value={bookingId} />
        <fieldset aria-describedby={errors.kind ? id("kind-error") : undefined}>
          <legend className="text-lg font-semibold text-stone-900 dark:text-stone-100">
            What would you like? <span className="font-normal text-stone-700 dark:text-stone-300">(required)</span>
          </legend>
          <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {CHOICES.map((choice) => (
              <label key={choice.value} htmlFor={id(`kind-${choice.value}`)} className="flex items-center gap-2 text-lg">
                <input
                  id={id(`kind-${choice.value}`)}
                  type="radio"
                  name="kind"
                  value={choice.value}
                  required
                  defaultChecked={(state.values?.kind ?? "MOVE") === choice.value}
                  className="size-5 accent-amber-700"
                />
                {choice.label}
              </label>
            ))}
          </div>
          <FieldErrors id={errors.kind ? id("kind-error") : undefined} errors={errors.kind} />
        </fieldset>
        {liveDaysInBooking > 1 ? (
          <fieldset aria-describedby={errors.scope ? id("scope-error") : undefined}>
            <legend className="text-lg font-semibold text-stone-900 dark:text-stone-100">Which days?</legend>
            <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              {[
                { value: "session", label: "Just this day" },
                { value: "booking", label: `All ${liveDaysInBooking} days of this booking` },
              ].map((choice) => (
                <label key={choice.value} htmlFor={id(`scope-${choice.value}`)} className="flex items-center gap-2 text-lg">
                  <input
                    id={id(`scope-${choice.value}`)}
                    type="radio"
                    name="scope"
                    value={choice.value}
                    defaultChecked={(state.values?.scope || "session") === choice.value}
                    className="size-5 accent-amber-700"
                  />
                  {choice.label}
                </label>
              ))}
            </div>
            <FieldErrors id={errors.scope ? id("scope-error") : undefined} errors={errors.scope} />
          </fieldset>
        ) : null}
        {moveOptions.length > 0 ? (
          <Field id={id("moveTo")} label="Move it to" hint="Free times of the same kind in the same room, in the studio's time zone. Leave it on the first choice to tell us in words instead." errors={errors.moveTo}>
            {(control) => (
              <select {...control} name="moveTo" defaultValue={state.values?.moveTo ?? ""} className={inputClass}>
                <option value="">I will say what suits me below</option>
                {groupByDay(moveOptions).map(([day, options]) => (
                  <optgroup key={day} label={day}>
                    {options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field
          id={id("message")}
          label="Message"
          hint={moveOptions.length > 0 ? "Needed if you would like to move it and picked no time above: which days or times would suit you better. Up to 2,000 characters." : "Needed if you would like to move it: which days or times would suit you better. Up to 2,000 characters."}
          errors={errors.message}
        >
          {(control) => <textarea {...control} name="message" rows={4} maxLength={2_000} defaultValue={state.values?.message} className={inputClass} />}
        </Field>
        <div className="flex flex-wrap items-center gap-4">
          <button
            type="submit"
            disabled={pending}
            className="rounded-full bg-stone-900 px-6 py-3 text-lg font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200"
          >
            {pending ? "Sending…" : "Send to the studio"}
          </button>
        </div>
        <div aria-live="polite" aria-atomic="true">
          {state.message ? (
            <div className={failed ? "font-semibold text-red-800 dark:text-red-300" : done ? "font-semibold text-green-800 dark:text-green-300" : undefined}>
              <p>{state.message}</p>
              {state.status === "invalid" ? (
                <ul className="mt-1 list-disc pl-5">
                  {Object.entries(errors).map(([field, messages]) =>
                    messages?.length ? (
                      <li key={field}>
                        {field === "bookingId" ? (
                          messages.join(" ")
                        ) : (
                          <a className="underline" href={`#${field === "kind" ? id("kind-MOVE") : field === "scope" ? id("scope-session") : id(field)}`}>
                            {messages.join(" ")}
                          </a>
                        )}
                      </li>
                    ) : null,
                  )}
                </ul>
              ) : null}
            </div>
          ) : null}
        </div>
      </form>
    </details>
  );
}

function groupByDay<T extends { day: string }>(options: T[]): [string, T[]][] {
  const days = new Map<string, T[]>();
  for (const option of options) days.set(option.day, [...(days.get(option.day) ?? []), option]);
  return [...days];
}
