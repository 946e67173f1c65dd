import Link from "next/link";
import { PageIntro } from "@/components/site/page-intro";
import { roleOptions } from "@/lib/inquiries/labels";
import { answersFrom, chooserQuestions, recommendRole } from "@/lib/chooser/recommend-role";
import { pageMetadata } from "@/lib/site/page-metadata";

export const metadata = pageMetadata({
  title: "Which do I need: an engineer or a producer?",
  description: "Five quick questions about your project, and a plain answer: a recording engineer, a music producer, both, or a conversation.",
  path: "/which-do-i-need",
});

const outcomeHeading = {
  ENGINEER: "A recording engineer is probably what you need",
  PRODUCER: "A music producer is probably what you need",
  BOTH: "Your project needs both: a producer and an engineer",
  UNSURE: "Not sure yet? Let's talk it through",
} as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// A plain GET form: it works without JavaScript, and the answers live in the URL, so a result can
// be bookmarked or sent to a bandmate.
export default async function WhichDoINeedPage({ searchParams }: Props) {
  const answers = answersFrom(await searchParams);
  const submitted = Object.keys(answers).length > 0;
  const result = submitted ? recommendRole(answers) : null;

  return (
    <>
      <PageIntro eyebrow="Which do I need?" title="Engineer, producer, or both?">
        <p>Five quick questions about your project. Answer what you can; &ldquo;not sure&rdquo; is a fine answer.</p>
      </PageIntro>

      {result && (
        <section aria-labelledby="result" className="mx-auto max-w-6xl px-5 sm:px-8">
          <div className="rounded-3xl border-2 border-amber-700 bg-amber-50 p-6 sm:p-10 dark:border-amber-300 dark:bg-stone-900">
            <h2 id="result" className="font-display text-3xl text-stone-950 dark:text-white" tabIndex={-1}>
              {outcomeHeading[result.role]}
            </h2>
            {result.reasons.length > 0 && (
              <ul className="mt-4 list-disc space-y-2 pl-6 text-lg leading-8 text-stone-800 dark:text-stone-200">
                {result.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )}
            {result.role === "UNSURE" && (
              <p className="mt-4 text-lg leading-8 text-stone-800 dark:text-stone-200">
                That is common, especially for a first record. Tell us about the project and we will help you decide.
              </p>
            )}
            <div className="mt-6 flex flex-wrap items-center gap-4">
              <Link href={`/inquire?role=${result.role}`} className="rounded-full bg-stone-900 px-6 py-3 font-semibold text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200">
                Start an inquiry: {roleOptions[result.role].label.toLowerCase()}
              </Link>
              <Link href={roleOptions[result.role].learnMore} className="font-semibold text-amber-800 underline underline-offset-4 dark:text-amber-300">
                {result.role === "ENGINEER" ? "What a recording engineer does" : result.role === "PRODUCER" ? "What a music producer does" : "Engineer and producer compared"}
              </Link>
            </div>
          </div>
        </section>
      )}

      <form method="get" action="/which-do-i-need" className="mx-auto mt-12 max-w-6xl space-y-8 px-5 sm:px-8 [&>*]:max-w-3xl">
        {chooserQuestions.map((question, index) => (
          <fieldset key={question.id} className="rounded-2xl border border-stone-300 p-5 dark:border-stone-700">
            <legend className="px-2 text-lg font-semibold">
              {index + 1}. {question.question}
            </legend>
            <p id={`${question.id}-hint`} className="text-stone-700 dark:text-stone-300">
              {question.hint}
            </p>
            <div className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
              {(["yes", "no", "unsure"] as const).map((value) => (
                <label key={value} className="flex items-center gap-2 text-lg">
                  <input
                    type="radio"
                    name={question.id}
                    value={value}
                    defaultChecked={answers[question.id] === value}
                    aria-describedby={`${question.id}-hint`}
                    className="size-5 accent-amber-700"
                  />
                  {value === "unsure" ? "Not sure" : value === "yes" ? "Yes" : "No"}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <button type="submit" className="rounded-full bg-stone-900 px-6 py-3 text-lg font-semibold text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200">
          {submitted ? "Update my answer" : "Show my answer"}
        </button>
      </form>
    </>
  );
}
