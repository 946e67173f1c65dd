import Link from "next/link";
import { ContactCallout } from "@/components/site/contact-callout";
import { PageIntro } from "@/components/site/page-intro";
import { pageMetadata } from "@/lib/site/page-metadata";

export const metadata = pageMetadata({
  title: "What a recording engineer does",
  description:
    "The recording engineer owns the technical side of a session: microphones, signal chains, the room, levels and clean takes, then editing and sometimes the mix.",
  path: "/roles/recording-engineer",
});

export default function RecordingEngineerPage() {
  return (
    <>
      <PageIntro eyebrow="The roles" title="What a recording engineer does">
        <p>
          The recording engineer (you may also hear &ldquo;music engineer&rdquo;) looks after the technical side of a
          session. Their aim is simple to say and hard to do: capture every sound cleanly, at the best quality
          possible.
        </p>
      </PageIntro>

      <div className="prose-copy mx-auto max-w-6xl px-5 sm:px-8">
        <h2>Before anyone plays a note</h2>
        <ul>
          <li>
            <strong>Chooses and sets up the gear.</strong> Which microphone suits your voice, where it stands, and the
            chain each instrument runs through: preamps (which raise a microphone&rsquo;s tiny signal to a usable
            level), compressors (which even out loud and quiet moments) and the console that everything passes
            through.
          </li>
          <li>
            <strong>Prepares the room.</strong> Rooms have a sound of their own. The engineer manages the acoustics,
            treating the space so that it helps the recording instead of colouring it.
          </li>
        </ul>

        <h2>During the session</h2>
        <ul>
          <li>
            <strong>Runs the recording.</strong> Presses record, sets levels and rides them while you play or sing, and
            keeps every take clear and clean (and in tune, when that is the goal).
          </li>
          <li>
            <strong>Solves problems as they come.</strong> A hum, a crackling cable, a headphone mix you cannot hear
            yourself in: the engineer fixes it so that you, and your producer if you have one, think only about the
            music.
          </li>
        </ul>

        <h2>After the takes</h2>
        <ul>
          <li>
            <strong>Edits.</strong> In recording software the engineer comps takes (builds the best performance from
            several passes), tightens timing and cleans up noise.
          </li>
          <li>
            <strong>Sometimes mixes.</strong> Mixing blends every instrument and voice into one finished track. The
            recording engineer may do it; on other projects the producer mixes, or a dedicated mixing engineer does.
          </li>
        </ul>

        <h2>When an engineer is what you need</h2>
        <p>
          An engineer works in the details: microphones, levels, clarity. If you already know exactly how your record
          should sound (say, a band that has rehearsed the songs for months) an engineer who captures that faithfully
          may be all you need. If you want creative guidance too, read about{" "}
          <Link href="/roles/music-producer">what a music producer does</Link>, or see the two{" "}
          <Link href="/roles/engineer-vs-producer">side by side</Link>.
        </p>
      </div>

      <ContactCallout heading="Book an engineer for your session" />
    </>
  );
}
