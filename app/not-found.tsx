import type { Metadata } from "next";
import Link from "next/link";
import { SiteChrome } from "@/components/site/site-chrome";
import { PageIntro } from "@/components/site/page-intro";
import { publicPages } from "@/lib/site/routes";
import { studio } from "@/lib/site/studio";

// Next.js adds `noindex` to every 404 response itself.
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <SiteChrome>
      <PageIntro eyebrow="Error 404" title="We couldn't find that page">
        <p>
          The link may be old or mistyped. These pages are a good place to start, or write to{" "}
          <a className="underline underline-offset-4" href={`mailto:${studio.email}`}>
            {studio.email}
          </a>
          .
        </p>
      </PageIntro>
      <nav aria-label="Suggested pages" className="mx-auto max-w-6xl px-5 sm:px-8">
        <ul className="space-y-3 text-lg">
          {publicPages.map((page) => (
            <li key={page.path}>
              <Link className="font-semibold text-amber-800 underline underline-offset-4 dark:text-amber-300" href={page.path}>
                {page.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </SiteChrome>
  );
}
