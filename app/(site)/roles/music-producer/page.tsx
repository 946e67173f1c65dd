import Link from "next/link";
import { ContactCallout } from "@/components/site/contact-callout";
import { PageIntro } from "@/components/site/page-intro";
import { pageMetadata } from "@/lib/site/page-metadata";

export const metadata = pageMetadata({
  title: "What a music producer does",
  description:
    "The music producer is the creative lead of a record: shaping the sound with the artist, coaching performances, helping with songs and arrangements, and running the project.",
  path: "/roles/music-producer",
});

export default function MusicProducerPage() {
  return (
    <>
      <PageIntro eyebrow="The roles" title="What a music producer does">
        <p>
          The producer is the creative lead of a record. Think of a film director: mostly behind the scenes, yet their
          decisions are everywhere in the result. They steer the project from the first idea to the finished record
          and keep the big picture in view.
        </p>
      </PageIntro>

      <div className="prose-copy mx-auto max-w-6xl px-5 sm:px-8">
        <h2>Shaping the music</h2>
        <ul>
          <li>
            <strong>Finds the sound with you.</strong> The producer works out the overall sound and style together with
            the artist, and makes sure your vision, not theirs, comes through.
          </li>
          <li>
            <strong>Coaches performances.</strong> They suggest changes that lift a song: another instrument, a
            different melody, a tweak to a lyric, one more take with a different feel.
          </li>
          <li>
            <strong>Helps write and arrange.</strong> Often they propose a bridge, restructure a chorus, or decide which
            instruments play where and when.
          </li>
        </ul>

        <h2>Running the project</h2>
        <ul>
          <li>
            <strong>Manages the process.</strong> Gives feedback, keeps sessions on track, watches the deadlines and
            decides where the recording happens.
          </li>
          <li>
            <strong>Often handles the business side.</strong> Builds the team, plans the budget, makes the financial
            calls, and thinks about what will make the track land with its audience.
          </li>
          <li>
            <strong>Sees it through the mix.</strong> Takes part in mixing and mastering (the final polish that
            prepares a track for release) with the engineer, so the final sound matches the vision. Some producers mix
            themselves or bring in a mixing engineer.
          </li>
        </ul>

        <h2>A word about the word</h2>
        <p>
          Software such as FL Studio, Logic and Ableton has blurred what &ldquo;producer&rdquo; means. Making beats on
          a laptop is a real skill, but producing a record means guiding the whole project and the people in it.
        </p>

        <h2>When a producer is what you need</h2>
        <p>
          Most artists benefit from one: if you want guidance through the creative process, help finding your sound,
          or help finishing songs and arrangements, a producer is the person to talk to. For the technical capture,
          see <Link href="/roles/recording-engineer">what a recording engineer does</Link>, or compare the two{" "}
          <Link href="/roles/engineer-vs-producer">side by side</Link>.
        </p>
      </div>

      <ContactCallout heading="Talk to a producer about your record" />
    </>
  );
}
