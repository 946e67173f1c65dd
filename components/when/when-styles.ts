// Shared looks of the "when" step, in one place so the pieces stay alike.
export const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-700 dark:focus-visible:outline-amber-300";

export const choiceClass = `flex w-full flex-col items-start rounded-2xl border border-stone-400 bg-white px-4 py-3 text-left text-stone-950 hover:border-amber-700 aria-pressed:border-amber-700 aria-pressed:bg-amber-50 aria-pressed:ring-2 aria-pressed:ring-amber-700 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-50 dark:aria-pressed:border-amber-300 dark:aria-pressed:bg-stone-800 dark:aria-pressed:ring-amber-300 ${focusRing}`;

export const smallButton = `rounded-full border border-stone-500 px-4 py-2 font-medium text-stone-900 hover:bg-stone-100 dark:border-stone-400 dark:text-stone-100 dark:hover:bg-stone-800 ${focusRing}`;

export const primaryButton = `inline-flex items-center justify-center rounded-full bg-stone-900 px-6 py-3 text-lg font-semibold text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200 ${focusRing}`;

export const linkButton = `font-medium text-amber-800 underline underline-offset-4 dark:text-amber-300 ${focusRing}`;

export const muted = "text-stone-700 dark:text-stone-300";
export const subheading = "text-xl font-semibold text-stone-900 dark:text-stone-100 focus:outline-none";

/** "£320" for whole amounts, "£45.50" otherwise. */
export function price(minor: number, currency: string): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(minor / 100).replace(/\.00$/, "");
}
