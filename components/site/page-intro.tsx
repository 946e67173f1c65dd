import type { ReactNode } from "react";

/** The opening of a page: a small label, the one h1, and a lead paragraph. */
export function PageIntro({ eyebrow, title, children }: { eyebrow: string; title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-6xl px-5 pt-14 pb-6 sm:px-8 sm:pt-20">
      <p className="text-sm font-semibold tracking-widest text-amber-800 uppercase dark:text-amber-300">{eyebrow}</p>
      <h1 className="mt-3 max-w-3xl font-display text-4xl leading-tight text-stone-950 sm:text-5xl dark:text-white">{title}</h1>
      <div className="mt-6 max-w-2xl text-xl leading-8 text-stone-700 dark:text-stone-300">{children}</div>
    </div>
  );
}
