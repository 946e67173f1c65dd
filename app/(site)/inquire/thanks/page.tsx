import type { Metadata } from "next";
import Link from "next/link";
import { PageIntro } from "@/components/site/page-intro";
import { getDb } from "@/lib/db";
import { REFERENCE_PATTERN } from "@/lib/inquiries/generate-reference";
import { usualResponseTime } from "@/lib/inquiries/labels";
import { studio, telHref } from "@/lib/site/studio";
import { loadStudioTimeZone } from "@/lib/studio/load-studio-time-zone";
import { formatStudioClock, formatStudioDate } from "@/lib/time/format-studio-time";
import { parseInstant } from "@/lib/validation/parse-instant";

export const metadata: Metadata = { title: "Thank you", robots: { index: false } };

type Props = { searchParams: Promise<{ ref?: string | string[]; time?: string | string[]; until?: string | string[] }> };

const timeClass = "mt-6 rounded-2xl border-2 p-5 text-lg";

// Shows only what the address says (the reference, what became of the time asked for), never
// anything looked up by it: whoever guesses or edits an address learns nothing about anyone's
// inquiry, and can change only what they themselves are shown.
export default async function ThanksPage({ searchParams }: Props) {
  const { ref, time, until } = await searchParams;
  const reference = typeof ref === "string" && REFERENCE_PATTERN.test(ref) ? ref : null;
  const heldUntil = time === "held" ? parseInstant(until) : null;
  const timeZone = heldUntil !== null ? await loadStudioTimeZone(getDb()) : null;
  return (
    <>
      <PageIntro eyebrow="Inquiry sent" title="Thank you: we have your inquiry">
        {reference ? (
          <p>
            Your reference is <strong className="font-mono text-stone-950 dark:text-white">{reference}</strong>. Quote it if
            you write or call.
          </p>
        ) : (
          <p>Your inquiry reached us.</p>
        )}
      </PageIntro>
      <div className="mx-auto max-w-6xl px-5 sm:px-8">
        {heldUntil !== null && timeZone ? (
          <div role="status" className={`${timeClass} border-green-700 bg-green-50 text-green-950 dark:border-green-400 dark:bg-stone-900 dark:text-green-100`}>
            <p className="font-semibold">
              Your times are held for you until {formatStudioDate(new Date(heldUntil), timeZone, "weekday")}, {formatStudioClock(new Date(heldUntil), timeZone)}.
            </p>
            <p className="mt-1">The studio confirms them with you before then, and reminds you by email if they are still waiting near the end.</p>
          </div>
        ) : time === "unavailable" ? (
          <div role="status" className={`${timeClass} border-amber-700 bg-amber-50 text-amber-950 dark:border-amber-300 dark:bg-stone-900 dark:text-amber-100`}>
            <p className="font-semibold">The time you picked was taken just before you sent your inquiry, so nothing is held for you.</p>
            <p className="mt-1">Your inquiry reached us all the same: the studio will propose another time.</p>
          </div>
        ) : time === "requested" ? (
          <div role="status" className={`${timeClass} border-stone-400 bg-white text-stone-950 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-50`}>
            <p className="font-semibold">Your times are requested: the studio will check them and confirm with you.</p>
          </div>
        ) : null}
      </div>
      <div className="prose-copy mx-auto max-w-6xl px-5 sm:px-8">
        <h2>What happens next</h2>
        <ul>
          <li>We have sent a confirmation to your email address with a summary of what you told us.</li>
          <li>Someone from the studio reads every inquiry and answers within {usualResponseTime}.</li>
          <li>We usually start with a few questions about the songs and your dates, and an idea of cost.</li>
        </ul>
        <p>
          Something to add or change? Reply to the confirmation email, write to{" "}
          <a href={`mailto:${studio.email}`}>{studio.email}</a> or call <a href={telHref(studio.phone)}>{studio.phone}</a>.
        </p>
        <p>
          <Link href="/">Back to the home page</Link>
        </p>
      </div>
    </>
  );
}
