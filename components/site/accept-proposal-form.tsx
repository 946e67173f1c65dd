"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { Field, FieldErrors } from "@/components/inquiry/field";
import { inputClass } from "@/components/inquiry/field";
import { initialAcceptProposalFormState, type AcceptProposalFormState } from "@/lib/billing/accept-proposal-form-state";

type Props = {
  token: string;
  proposalId: string;
  termsVersion: number;
  /** What accepting commits the artist to, in a few words ("£1,200.00, with a £600.00 deposit"). */
  summary: string;
  /** The accept server action (app/(site)/your-inquiry/[token]/actions.ts), passed in by the page. */
  acceptProposalAction: (previous: AcceptProposalFormState, formData: FormData) => Promise<AcceptProposalFormState>;
};

/**
 * The artist accepts the proposal by typing their name and ticking that they accept the terms
 * and the policy. A plain form without JavaScript; errors are announced and tied to their fields.
 */
export function AcceptProposalForm({ token, proposalId, termsVersion, summary, acceptProposalAction }: Props) {
  const [state, dispatch, pending] = useActionState(acceptProposalAction, initialAcceptProposalFormState);
  const errors = state.fieldErrors ?? {};
  const failed = state.status === "invalid" || state.status === "refused" || state.status === "error";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  if (state.status === "accepted") {
    return (
      <p role="status" className="mt-4 font-semibold text-green-800 dark:text-green-300">
        {state.message}
      </p>
    );
  }
  return (
    <form action={dispatch} onSubmit={submit} noValidate aria-label="Accept the proposal" className="mt-6 space-y-5 rounded-2xl border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="termsVersion" value={termsVersion} />
      <Field id="acceptedName" label="Your full name" required hint="Typing it is how you sign the proposal." errors={errors.acceptedName}>
        {(control) => <input {...control} name="acceptedName" autoComplete="name" maxLength={120} defaultValue={state.typedName} className={inputClass} />}
      </Field>
      <div>
        <label htmlFor="agree" className="flex items-start gap-3 text-lg">
          <input id="agree" name="agree" type="checkbox" required aria-invalid={errors.agree ? true : undefined} aria-describedby={errors.agree ? "agree-error" : undefined} className="mt-1 size-5 shrink-0 accent-amber-700" />
          <span>
            I accept this proposal ({summary}), the cancellation policy and the studio&apos;s terms (version {termsVersion}).
          </span>
        </label>
        <FieldErrors id={errors.agree ? "agree-error" : undefined} errors={errors.agree} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-stone-900 px-6 py-3 text-lg font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200"
      >
        {pending ? "Accepting…" : "Accept the proposal"}
      </button>
      <div aria-live="polite" aria-atomic="true">
        {state.message && failed ? <p className="font-semibold text-red-800 dark:text-red-300">{state.message}</p> : null}
      </div>
    </form>
  );
}
