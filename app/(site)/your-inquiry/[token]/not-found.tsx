import type { Metadata } from "next";
import { PageIntro } from "@/components/site/page-intro";
import { studio, telHref } from "@/lib/site/studio";

// Next.js adds `noindex` to every 404 response itself.
export const metadata: Metadata = { title: "Link not valid" };

const linkClass = "font-semibold text-amber-800 underline underline-offset-4 dark:text-amber-300";

/** A wrong, expired or withdrawn link to an artist's inquiry page; says nothing about any inquiry. */
export default function ArtistLinkNotValid() {
  return (
    <>
      <PageIntro eyebrow="Your inquiry" title="This link is not valid or has expired">
        <p>
          Links to your inquiry page last a year. This one may be older than that, may have been copied only in part, or the
          inquiry may have been closed and its details removed.
        </p>
      </PageIntro>
      <div className="mx-auto max-w-6xl px-5 text-lg sm:px-8">
        <p className="max-w-2xl">
          Nothing is lost: write to <a className={linkClass} href={`mailto:${studio.email}`}>{studio.email}</a> or call{" "}
          <a className={linkClass} href={telHref(studio.phone)}>{studio.phone}</a>, quoting your reference if you have it, and we
          will tell you where things stand.
        </p>
      </div>
    </>
  );
}
