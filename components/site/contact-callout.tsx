import Link from "next/link";
import { studio, telHref } from "@/lib/site/studio";

/** The call to get in touch that closes each page. */
export function ContactCallout({ heading = "Tell us about your project" }: { heading?: string }) {
  return (
    <section aria-labelledby="contact-callout" className="mx-auto mt-16 max-w-6xl px-5 sm:px-8">
      <div className="rounded-3xl bg-stone-900 px-6 py-10 text-stone-100 sm:px-12 dark:bg-stone-800">
        <h2 id="contact-callout" className="font-display text-3xl text-white">
          {heading}
        </h2>
        <p className="mt-3 max-w-2xl text-lg leading-8 text-stone-300">
          Engineer, producer, both, or not sure yet: say what you are working on and we will help you work out what
          the record needs. We usually answer within one working day.
        </p>
        <div className="mt-6 flex flex-wrap gap-4">
          <Link href="/inquire" className="rounded-full bg-amber-300 px-6 py-3 font-semibold text-stone-950 hover:bg-amber-200">
            Start an inquiry
          </Link>
          <a href={`mailto:${studio.email}`} className="rounded-full border border-stone-400 px-6 py-3 font-semibold text-white hover:border-white">
            Email {studio.email}
          </a>
          <a href={telHref(studio.phone)} className="rounded-full border border-stone-400 px-6 py-3 font-semibold text-white hover:border-white">
            Call {studio.phone}
          </a>
        </div>
      </div>
    </section>
  );
}
