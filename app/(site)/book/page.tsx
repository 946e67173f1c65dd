import { redirect } from "next/navigation";
import { PageIntro } from "@/components/site/page-intro";
import { WhenPicker } from "@/components/when/when-picker";
import { getDb } from "@/lib/db";
import { ROLES_NEEDED } from "@/lib/inquiries/inquiry-schema";
import { pageMetadata } from "@/lib/site/page-metadata";
import { toSearchParams } from "@/lib/site/to-search-params";
import { buildWhenView } from "@/lib/when/build-when-view";
import { changeWhen } from "@/lib/when/change-when";
import { parseWhenSelection, whenQuery } from "@/lib/when/when-selection";

export const metadata = pageMetadata({
  title: "Studio availability",
  description: "Which days each of the studio's rooms is free, by the hour, half day, full day or lockout, with prices. Pick your days and send them with your inquiry.",
  path: "/book",
});

const ANCHORS = { kinds: "#when-kinds-heading", calendar: "#when-month", day: "#when-day", picked: "#when-picked" } as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The public availability page: the inquiry form's "when" step on its own, in a GET form, so
// its address is the choice (room, kind, month, day, picks) and can be shared. Without
// JavaScript each button sends `when=<change>` here; the change is made on the server and the
// browser sent on to the plain address, at the part of the page that changed. "Continue" is a
// link to /inquire with the same choices, and the role (?role=) the chooser picked.
export default async function BookPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const role = ROLES_NEEDED.find((value) => value === params.get("role"));
  const db = getDb();
  const now = new Date();
  const op = params.get("when");
  if (op) {
    const changed = await changeWhen(db, params, op, now);
    redirect(`/book?${whenQuery(changed.selection, { role })}${changed.focus ? ANCHORS[changed.focus] : ""}`);
  }
  const { selection, notices } = parseWhenSelection(params);
  const view = await buildWhenView(db, { selection, notices, now });
  // A calendar at once: full days, or the room's first kind when it sells none.
  const offers = view.calendar?.offers ?? [];
  view.selection.kind ??= offers.find((offer) => offer.kind === "full")?.kind ?? offers[0]?.kind ?? null;
  return (
    <>
      <PageIntro eyebrow="Book" title="Studio availability">
        <p>
          Which days each room is free, and what a session costs. Pick the days that suit you and continue to the inquiry form
          {view.calendar?.holdHours ? ": the time is held for you while the studio confirms." : "; the studio confirms the time with you."}
        </p>
      </PageIntro>
      <div className="mx-auto max-w-6xl px-5 sm:px-8">
        <form action="/book" method="get" className="max-w-3xl">
          {role ? <input type="hidden" name="role" value={role} /> : null}
          <WhenPicker view={view} mode="book" role={role} />
        </form>
      </div>
    </>
  );
}
