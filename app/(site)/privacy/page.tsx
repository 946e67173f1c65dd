import { PageIntro } from "@/components/site/page-intro";
import { pageMetadata } from "@/lib/site/page-metadata";
import { studio } from "@/lib/site/studio";

export const metadata = pageMetadata({
  title: "Privacy",
  description: "What the studio does with the details you send in an inquiry, how long it keeps them, and how to have them deleted.",
  path: "/privacy",
});

export default function PrivacyPage() {
  return (
    <>
      <PageIntro eyebrow="Privacy" title="What we do with your details">
        <p>Short version: we use what you send us to answer your inquiry and plan your project, and nothing else.</p>
      </PageIntro>
      <div className="prose-copy mx-auto max-w-6xl px-5 sm:px-8">
        <h2>What we keep</h2>
        <p>
          The details you give in the inquiry form: your name, email, phone number if you add one, your project details
          and your message, with the date you sent them. To keep the form free of spam we also count inquiries per
          network address for an hour; those counts are deleted after a day.
        </p>
        <h2>Why</h2>
        <p>
          To answer you, to prepare a quote and, if you book, to plan your sessions. We never sell your details or add
          you to a mailing list.
        </p>
        <h2>Who sees them</h2>
        <p>The studio&rsquo;s staff. Emails about your inquiry go through our mail provider.</p>
        <h2>Deleting your details</h2>
        <p>
          Ask at any time by writing to <a href={`mailto:${studio.email}`}>{studio.email}</a> and we will erase your
          personal details from our records. Invoices we have issued you are kept, with your name on them, for as long as
          tax law requires.
        </p>
      </div>
    </>
  );
}
