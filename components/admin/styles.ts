// Shared Tailwind classes for the admin area: denser than the public site, same palette.

export const adminInputClass =
  "mt-1 block w-full rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-stone-950 focus:border-amber-700 focus:outline-2 focus:outline-amber-700 aria-[invalid=true]:border-red-700 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-50";

export const adminLabelClass = "block font-semibold text-stone-900 dark:text-stone-100";

export const primaryButtonClass =
  "inline-flex items-center justify-center rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-700 disabled:opacity-60 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200";

export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded-lg border border-stone-400 px-4 py-2 font-semibold text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-700 disabled:opacity-60 dark:border-stone-600 dark:text-stone-100 dark:hover:bg-stone-800";

export const dangerButtonClass =
  "inline-flex items-center justify-center rounded-lg bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 disabled:opacity-60";

/** For actions that undo something (cancelling): plain until pressed, and they ask to confirm. */
export const dangerOutlineButtonClass =
  "inline-flex items-center justify-center rounded-lg border border-red-800 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 disabled:opacity-60 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950";

/** A disclosure's summary that reads as a button (Move, beside Cancel). */
export const disclosureButtonClass = `${secondaryButtonClass} w-fit cursor-pointer list-none [&::-webkit-details-marker]:hidden`;

export const linkClass = "text-amber-900 underline underline-offset-4 hover:text-amber-700 dark:text-amber-300 dark:hover:text-amber-200";

export const panelClass = "rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900";

/** A table that stacks each row into a card on phones and is a plain table from the small breakpoint up. */
export const stackedTable = {
  table: "w-full text-left max-sm:block",
  head: "max-sm:sr-only",
  headRow: "border-b border-stone-300 dark:border-stone-700",
  body: "max-sm:block",
  row: "border-b border-stone-200 dark:border-stone-800 max-sm:block max-sm:py-3",
  cell: "py-2 pr-4 align-top max-sm:block max-sm:py-0.5",
};
