import type { Metadata } from "next";
import Link from "next/link";
import { PageIntro } from "@/components/site/page-intro";
import { REFERENCE_PATTERN } from "@/lib/inquiries/generate-reference";
import { usualResponseTime } from "@/lib/inquiries/labels";
import { studio, telHref } from "@/lib/site/studio";

export const metadata: Metadata = { title: "Thank you", robots: { index: false } };

type Props = { searchParams: Promise<{ ref?: string | string[] }> };

// Shows only the reference from the address, never anything looked up by it: whoever guesses or
// edits a reference learns nothing about anyone's inquiry.
export default async function ThanksPage({ searchParams }: Props) {
  const { ref } = await searchParams;
  const reference = typeof ref === "string" && REFERENCE_PATTERN.test(ref) ? ref : null;
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
