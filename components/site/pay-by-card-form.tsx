"use client";

import { useActionState } from "react";
import { initialPayByCardState, type PayByCardState } from "@/lib/billing/stripe/pay-by-card-state";

type Props = {
  /** The artist's link token, checked again by the action. */
  token: string;
  invoiceId: string;
  invoiceNumber: string;
  /** What is outstanding, formatted ("£120.00"). */
  amount: string;
  /** The page's pay-by-card server action (app/(site)/your-inquiry/[token]/actions.ts): on success it redirects to Stripe's page. */
  payByCardAction: (previous: PayByCardState, formData: FormData) => Promise<PayByCardState>;
};

/**
 * One button that takes the artist to Stripe's secure page to pay an invoice by card. A plain
 * form, so it works without JavaScript; a refusal (paid meanwhile, card payment unavailable) is
 * announced beside it.
 */
export function PayByCardForm({ token, invoiceId, invoiceNumber, amount, payByCardAction }: Props) {
  const [state, dispatch, pending] = useActionState(payByCardAction, initialPayByCardState);
  const messageId = `pay-by-card-${invoiceId}-message`;
  return (
    <form action={dispatch} aria-label={`Pay invoice ${invoiceNumber} by card`} className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <button
        type="submit"
        disabled={pending}
        aria-describedby={state.message ? messageId : undefined}
        className="rounded-full bg-stone-900 px-6 py-3 text-lg font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200"
      >
        {pending ? "Opening the secure payment page…" : `Pay ${amount} by card`}
      </button>
      <span className="text-stone-700 dark:text-stone-300">On Stripe&apos;s secure page.</span>
      <p id={messageId} aria-live="polite" aria-atomic="true" className="w-full font-semibold text-red-800 empty:hidden dark:text-red-300">
        {state.message ?? ""}
      </p>
    </form>
  );
}
