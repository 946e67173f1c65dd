import Link from "next/link";
import { ComparisonTable } from "@/components/site/comparison-table";
import { ContactCallout } from "@/components/site/contact-callout";
import { PageIntro } from "@/components/site/page-intro";
import { comparisonRows, roles } from "@/lib/content/roles";
import { pageMetadata } from "@/lib/site/page-metadata";
import { studio } from "@/lib/site/studio";

export const metadata = pageMetadata({
  title: `${studio.name}: recording engineers and music producers`,
  description: `${studio.tagline}. Find out whether your record needs an engineer, a producer or both, and tell us about your project.`,
  path: "/",
});

const offers = [
  { title: "Recording", text: "A treated live room and vocal booth, good microphones, and an engineer who gets clean takes without slowing you down." },
  { title: "Production", text: "A producer who helps you find the sound, finish the songs and keep the project moving to a release date." },
  { title: "Mixing and editing", text: "Comping, timing and clean-up, then a mix that balances every part into a finished whole." },
];

export default function HomePage() {
  return (
    <>
      <PageIntro eyebrow={studio.name} title="Make the record you can hear in your head">
        <p>
          {studio.tagline}. Whether you arrive with rehearsed songs or a voice memo and a feeling, we put the right
          people in the room with you.
        </p>
      </PageIntro>

      <section aria-labelledby="offers" className="mx-auto max-w-6xl px-5 sm:px-8">
        <h2 id="offers" className="sr-only">What the studio offers</h2>
        <ul className="grid gap-5 sm:grid-cols-3">
          {offers.map((offer) => (
            <li key={offer.title} className="rounded-2xl border border-stone-200 bg-white p-6 dark:border-stone-800 dark:bg-stone-900">
              <h3 className="text-lg font-semibold">{offer.title}</h3>
              <p className="mt-2 leading-7 text-stone-700 dark:text-stone-300">{offer.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="two-roles" className="mx-auto mt-20 max-w-6xl px-5 sm:px-8">
        <h2 id="two-roles" className="font-display text-3xl sm:text-4xl">Two roles, one record</h2>
        <p className="mt-3 max-w-2xl text-lg leading-8 text-stone-700 dark:text-stone-300">
          Artists often are not sure who they need. In one sentence each:
        </p>
        <div className="mt-8 grid gap-5 sm:grid-cols-2">
          {Object.values(roles).map((role) => (
            <article key={role.slug} className="rounded-2xl bg-amber-50 p-6 dark:bg-stone-900">
              <h3 className="font-display text-2xl">{role.title}</h3>
              <p className="mt-2 text-lg leading-8 text-stone-700 dark:text-stone-300">{role.oneLine}</p>
              <Link href={role.path} className="mt-4 inline-block font-semibold text-amber-800 underline underline-offset-4 dark:text-amber-300">
                What a {role.title.toLowerCase()} does
              </Link>
            </article>
          ))}
        </div>
        <div className="mt-10">
          <ComparisonTable rows={comparisonRows.slice(0, 3)} caption="Recording engineer and music producer at a glance" />
          <p className="mt-4 text-lg">
            <Link href="/roles/engineer-vs-producer" className="font-semibold text-amber-800 underline underline-offset-4 dark:text-amber-300">
              The full comparison, and which one you need
            </Link>
          </p>
        </div>
      </section>

      <ContactCallout />
    </>
  );
}
