import Link from "next/link";
import { publicPages } from "@/lib/site/routes";
import { studio, telHref } from "@/lib/site/studio";

export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-stone-200 bg-stone-100 dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto grid max-w-6xl gap-10 px-5 py-12 sm:grid-cols-2 sm:px-8">
        <div>
          <p className="font-display text-xl text-stone-900 dark:text-stone-50">{studio.name}</p>
          <p className="mt-2 text-stone-700 dark:text-stone-300">{studio.tagline}</p>
          <address className="mt-4 space-y-1 not-italic text-stone-700 dark:text-stone-300">
            <p>{studio.address}</p>
            <p>
              <a className="underline underline-offset-4" href={`mailto:${studio.email}`}>
                {studio.email}
              </a>
            </p>
            <p>
              <a className="underline underline-offset-4" href={telHref(studio.phone)}>
                {studio.phone}
              </a>
            </p>
          </address>
        </div>
        <nav aria-label="Site">
          <ul className="space-y-2">
            {publicPages.map((page) => (
              <li key={page.path}>
                <Link className="text-stone-700 underline-offset-4 hover:underline dark:text-stone-300" href={page.path}>
                  {page.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
