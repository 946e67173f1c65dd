"use client";

import { useActionState, useEffect, useRef, startTransition, type FormEvent, type ReactNode } from "react";
import { IDLE, type AdminActionState } from "@/lib/auth/admin-action-state";
import { primaryButtonClass } from "./styles";

type Props = {
  action: (state: AdminActionState, formData: FormData) => Promise<AdminActionState>;
  submitLabel: string;
  pendingLabel?: string;
  buttonClass?: string;
  /** Clear the fields after a success (notes, replies); keep them on any failure. */
  resetOnSuccess?: boolean;
  /** Asked before submitting, for actions that cannot be undone. */
  confirm?: string;
  className?: string;
  children?: ReactNode;
};

/**
 * A form bound to an admin server action. The outcome is announced (a live region), field errors
 * are listed with links to their fields, and what the person typed survives a failed attempt.
 */
export function AdminForm({ action, submitLabel, pendingLabel, buttonClass = primaryButtonClass, resetOnSuccess, confirm, className, children }: Props) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state.status === "success" && resetOnSuccess) form.current?.reset();
  }, [state, resetOnSuccess]);

  function submit(event: FormEvent<HTMLFormElement>) {
    // Submitting through a transition (rather than the form's action) stops React from
    // clearing the fields before we know whether the action succeeded.
    event.preventDefault();
    if (confirm && !window.confirm(confirm)) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  return (
    <form ref={form} action={dispatch} onSubmit={submit} className={className} noValidate>
      {children}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? (pendingLabel ?? "Saving…") : submitLabel}
        </button>
        <ActionOutcome state={state} />
      </div>
    </form>
  );
}

function ActionOutcome({ state }: { state: AdminActionState }) {
  const isFailure = state.status !== "idle" && state.status !== "success";
  return (
    <div aria-live="polite" aria-atomic="true" className="min-w-0 flex-1">
      {state.status === "idle" ? null : (
        <>
          <p className={isFailure ? "font-semibold text-red-800 dark:text-red-300" : "font-semibold text-green-800 dark:text-green-300"}>{state.message}</p>
          {state.status === "invalid" ? (
            <ul className="mt-1 list-disc pl-5 text-red-800 dark:text-red-300">
              {Object.entries(state.fieldErrors).map(([field, messages]) =>
                messages?.length ? (
                  <li key={field}>
                    <a href={`#${field}`} className="underline">
                      {messages.join(" ")}
                    </a>
                  </li>
                ) : null,
              )}
            </ul>
          ) : null}
        </>
      )}
    </div>
  );
}
