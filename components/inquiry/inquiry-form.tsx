"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { fieldErrorsOf, inquirySchema, ROLES_NEEDED, type FieldErrors } from "@/lib/inquiries/inquiry-schema";
import { formValues, initialInquiryFormState, type InquiryFormState } from "@/lib/inquiries/inquiry-form-state";
import { budgetRangeLabel, projectTypeLabel, roleOptions } from "@/lib/inquiries/labels";
import type { WhenView } from "@/lib/when/room-calendar";
import { WhenPicker } from "@/components/when/when-picker";
import { ChoiceOptions, Field, FieldErrors as ErrorText, inputClass } from "./field";
import { clearFormDraft, useFormDraft } from "./use-form-draft";

const fieldOrder = ["sessionRequest", "roleNeeded", "name", "email", "phone", "artistName", "projectType", "songCount", "genres", "referenceLinks", "budgetRange", "targetStartOn", "targetFinishOn", "message", "consent"];

type Props = {
  idempotencyKey: string;
  formToken: string;
  preselectedRole?: string;
  /** The "when" step as the page found it (the address may carry picks from /book). */
  when: WhenView;
  /** The inquiry server action (app/(site)/inquire/actions.ts), passed in by the page. */
  submitInquiry: (previous: InquiryFormState, formData: FormData) => Promise<InquiryFormState>;
};

/**
 * The inquiry form. Without JavaScript it posts to the server action like any form; with it, the
 * same zod schema checks the fields first, so mistakes show at once and no request is wasted.
 */
export function InquiryForm({ idempotencyKey, formToken, preselectedRole, when, submitInquiry }: Props) {
  const [state, formAction, pending] = useActionState(submitInquiry, initialInquiryFormState);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFormDraft(formRef);
  const whenView = state.when ?? when;
  const errors = clientErrors ?? state.fieldErrors ?? {};
  const problems = fieldOrder.filter((field) => errors[field as keyof FieldErrors]?.length);
  const message = clientErrors ? "Some fields need attention." : state.status !== "idle" ? state.message : undefined;
  const value = (name: string) => state.values?.[name];

  useEffect(() => {
    if (state.status !== "idle") summaryRef.current?.focus();
  }, [state]);

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    // A button of the "when" step that goes to the server (another room) sends no inquiry.
    if ((event.nativeEvent as SubmitEvent).submitter?.getAttribute("name") === "when") return;
    const result = inquirySchema.safeParse(formValues(new FormData(event.currentTarget)));
    if (result.success) {
      setClientErrors(null);
      clearFormDraft();
      return;
    }
    event.preventDefault();
    setClientErrors(fieldErrorsOf(result.error));
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={checkBeforeSending} noValidate className="space-y-10">
      {/* Focused after a failed attempt, so a screen reader reads it once; every error links to its field. */}
      <div ref={summaryRef} id="error-summary" tabIndex={-1} className="focus:outline-none">
        {message ? (
          <div className="rounded-2xl border-2 border-red-700 bg-red-50 p-5 text-red-950 dark:border-red-400 dark:bg-stone-900 dark:text-red-100">
            <p className="text-lg font-semibold">{message}</p>
            {problems.length > 0 && (
              <ul className="mt-2 list-disc pl-6">
                {problems.map((field) => (
                  <li key={field}>
                    <a className="underline underline-offset-4" href={`#${field === "roleNeeded" ? "roleNeeded-ENGINEER" : field === "sessionRequest" ? "when" : field}`}>
                      {errors[field as keyof FieldErrors]?.join(" ")}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
      </div>

      {/* Kept across a round trip with errors, so the fill time counts from the first showing. */}
      <input type="hidden" name="idempotencyKey" value={value("idempotencyKey") ?? idempotencyKey} />
      <input type="hidden" name="formToken" value={value("formToken") ?? formToken} />
      {/* A field people never see: automated submitters fill in every input they find. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">Leave this field empty</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      {/* Enter in a field sends the form through its first submit button: this one, which sends
          the inquiry, not one of the when step's buttons. Out of sight and of the tab order. */}
      <button type="submit" tabIndex={-1} aria-hidden="true" className="sr-only">
        Send inquiry
      </button>

      <WhenPicker key={whenView.token} view={whenView} mode="inquire" role={preselectedRole} errors={errors.sessionRequest} />

      <section id="details" tabIndex={-1} aria-labelledby="details-heading" className="space-y-8 focus:outline-none">
      <h2 id="details-heading" className="font-display text-3xl leading-tight text-stone-900 dark:text-stone-50">
        2. About you and your project
      </h2>
      <fieldset
        role="radiogroup"
        aria-required="true"
        aria-invalid={errors.roleNeeded ? true : undefined}
        aria-describedby={errors.roleNeeded ? "roleNeeded-error" : undefined}
      >
        <legend className="text-lg font-semibold text-stone-900 dark:text-stone-100">
          What do you need? <span className="font-normal text-stone-700 dark:text-stone-300">(required)</span>
        </legend>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {ROLES_NEEDED.map((role) => (
            <label key={role} htmlFor={`roleNeeded-${role}`} className="flex gap-3 rounded-2xl border border-stone-300 bg-white p-4 has-checked:border-amber-700 has-checked:ring-2 has-checked:ring-amber-700 dark:border-stone-700 dark:bg-stone-900">
              <input
                id={`roleNeeded-${role}`}
                type="radio"
                name="roleNeeded"
                value={role}
                required
                defaultChecked={(value("roleNeeded") ?? preselectedRole) === role}
                className="mt-1 size-5 shrink-0 accent-amber-700"
              />
              <span>
                <span className="block font-semibold">{roleOptions[role].label}</span>
                <span className="block text-stone-700 dark:text-stone-300">{roleOptions[role].explanation}</span>
              </span>
            </label>
          ))}
        </div>
        <p className="mt-3 text-stone-700 dark:text-stone-300">
          Unsure? <Link className="underline underline-offset-4" href="/roles/engineer-vs-producer">See the two compared</Link> or{" "}
          <Link className="underline underline-offset-4" href="/which-do-i-need">answer five quick questions</Link>.
        </p>
        <ErrorText id="roleNeeded-error" errors={errors.roleNeeded} />
      </fieldset>

      <div className="grid gap-6 sm:grid-cols-2">
        <Field id="name" label="Your name" required errors={errors.name}>
          {(control) => <input {...control} type="text" autoComplete="name" maxLength={120} defaultValue={value("name")} className={inputClass} />}
        </Field>
        <Field id="email" label="Email" required errors={errors.email}>
          {(control) => <input {...control} type="email" autoComplete="email" maxLength={254} defaultValue={value("email")} className={inputClass} />}
        </Field>
        <Field id="phone" label="Phone" errors={errors.phone}>
          {(control) => <input {...control} type="tel" autoComplete="tel" maxLength={40} defaultValue={value("phone")} className={inputClass} />}
        </Field>
        <Field id="artistName" label="Artist or band name" errors={errors.artistName}>
          {(control) => <input {...control} type="text" maxLength={120} defaultValue={value("artistName")} className={inputClass} />}
        </Field>
        <Field id="projectType" label="Project" errors={errors.projectType}>
          {(control) => (
            <select {...control} defaultValue={value("projectType") ?? ""} className={inputClass}>
              <ChoiceOptions labels={projectTypeLabel} />
            </select>
          )}
        </Field>
        <Field id="songCount" label="Number of songs" errors={errors.songCount}>
          {(control) => <input {...control} type="number" inputMode="numeric" min={1} max={100} defaultValue={value("songCount")} className={inputClass} />}
        </Field>
        <Field id="genres" label="Genres" hint="Up to five, separated by commas." errors={errors.genres}>
          {(control) => <input {...control} type="text" maxLength={250} defaultValue={value("genres")} className={inputClass} />}
        </Field>
        <Field id="budgetRange" label="Budget" errors={errors.budgetRange}>
          {(control) => (
            <select {...control} defaultValue={value("budgetRange") ?? ""} className={inputClass}>
              <ChoiceOptions labels={budgetRangeLabel} />
            </select>
          )}
        </Field>
        <Field id="targetStartOn" label="Start recording around" errors={errors.targetStartOn}>
          {(control) => <input {...control} type="date" defaultValue={value("targetStartOn")} className={inputClass} />}
        </Field>
        <Field id="targetFinishOn" label="Finished by" errors={errors.targetFinishOn}>
          {(control) => <input {...control} type="date" defaultValue={value("targetFinishOn")} className={inputClass} />}
        </Field>
      </div>

      <Field id="referenceLinks" label="Links to demos or references" hint="Up to five web addresses (http:// or https://), one per line." errors={errors.referenceLinks}>
        {(control) => <textarea {...control} rows={3} defaultValue={value("referenceLinks")} className={inputClass} />}
      </Field>

      <Field id="message" label="About your project" required hint="The songs, the sound you are after, when you would like to come in if you did not pick times above, and anything we should know. At least 20 characters." errors={errors.message}>
        {(control) => <textarea {...control} rows={7} maxLength={5000} defaultValue={value("message")} className={inputClass} />}
      </Field>

      <div>
        <div className="flex items-start gap-3">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            required
            defaultChecked={value("consent") === "on"}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "consent-error" : undefined}
            className="mt-1 size-5 shrink-0 accent-amber-700"
          />
          <label htmlFor="consent" className="text-lg">
            The studio may contact me about this inquiry. (<Link className="underline underline-offset-4" href="/privacy">How we use your details</Link>)
          </label>
        </div>
        <ErrorText id="consent-error" errors={errors.consent} />
      </div>

      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-stone-900 px-8 py-4 text-lg font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200"
      >
        {pending ? "Sending…" : "Send inquiry"}
      </button>
      </section>
    </form>
  );
}
