import Link from "next/link";
import { ComparisonTable } from "@/components/site/comparison-table";
import { ContactCallout } from "@/components/site/contact-callout";
import { JsonLd } from "@/components/site/json-ld";
import { PageIntro } from "@/components/site/page-intro";
import { comparisonRows, engineerVsProducerFaq } from "@/lib/content/roles";
import { pageMetadata } from "@/lib/site/page-metadata";

export const metadata = pageMetadata({
  title: "Recording engineer vs music producer: which do you need?",
  description:
    "Engineer and producer side by side: what each one does, how they work together, and how to tell which one your project needs.",
  path: "/roles/engineer-vs-producer",
});

const faqStructuredData = {
  "@context": "https://schema.org",
  "@type": "FAQPage",
  mainEntity: engineerVsProducerFaq.map(({ question, answer }) => ({
    "@type": "Question",
    name: question,
    acceptedAnswer: { "@type": "Answer", text: answer },
  })),
};

export default function EngineerVsProducerPage() {
  return (
    <>
      <JsonLd data={faqStructuredData} />
      <PageIntro eyebrow="The roles" title="Recording engineer or music producer?">
        <p>
          The producer works with you on the ideas; the engineer works with both of you to capture those ideas well.
          Here is how the two compare, and how to tell which one your record needs.
        </p>
      </PageIntro>

      <section aria-labelledby="side-by-side" className="mx-auto max-w-6xl px-5 sm:px-8">
        <h2 id="side-by-side" className="mb-6 font-display text-3xl">Side by side</h2>
        <ComparisonTable rows={comparisonRows} caption="Recording engineer and music producer compared" />
      </section>

      <div className="prose-copy mx-auto max-w-6xl px-5 sm:px-8">
        <h2>Which do I need?</h2>
        <h3>An engineer, if you can already hear the record</h3>
        <p>
          Your songs are finished, you have rehearsed them for a long time, and you know how every instrument should
          sound. You need someone to capture that cleanly. <Link href="/roles/recording-engineer">More about engineers</Link>.
        </p>
        <h3>A producer, if you want guidance</h3>
        <p>
          You want help finding your sound, finishing songs or arrangements, or getting the best performances. This
          is most artists. <Link href="/roles/music-producer">More about producers</Link>.
        </p>
        <h3>Both, for a full project</h3>
        <p>The usual studio set-up: the producer leads and the engineer captures.</p>
        <h3>Starting out?</h3>
        <p>
          Many artists begin as their own producer and hire an engineer to record. That can change as the work grows,
          and nobody needs a degree for either role: people learn by assisting and apprenticing, and results are what
          count.
        </p>

        <h2>Questions artists ask</h2>
        <dl>
          {engineerVsProducerFaq.map(({ question, answer }) => (
            <div key={question} className="mt-6">
              <dt className="text-xl font-semibold text-stone-900 dark:text-stone-100">{question}</dt>
              <dd className="mt-2">{answer}</dd>
            </div>
          ))}
        </dl>
      </div>

      <ContactCallout heading="Not sure yet? Let's talk" />
    </>
  );
}
