import { randomUUID } from "node:crypto";
import { InquiryForm } from "@/components/inquiry/inquiry-form";
import { PreferredTimes } from "@/components/inquiry/preferred-times";
import { PageIntro } from "@/components/site/page-intro";
import { env } from "@/lib/env";
import { getDb } from "@/lib/db";
import { ROLES_NEEDED } from "@/lib/inquiries/inquiry-schema";
import { usualResponseTime } from "@/lib/inquiries/labels";
import { readChosenSlots } from "@/lib/inquiries/read-chosen-slots";
import { signFormToken } from "@/lib/security/form-token";
import { getSigningSecret } from "@/lib/security/get-signing-secret";
import { pageMetadata } from "@/lib/site/page-metadata";
import { submitInquiry } from "./actions";

export const metadata = pageMetadata({
  title: "Start an inquiry",
  description: "Tell the studio about your project and whether you need a recording engineer, a music producer, both, or are not sure yet.",
  path: "/inquire",
});

type Props = { searchParams: Promise<{ role?: string | string[]; slot?: string | string[] }> };

// Rendered per request: each form carries its own one-time key and a signed note of when it was
// shown (see lib/inquiries/detect-spam.ts). `slot` carries the times ticked on /book.
export default async function InquirePage({ searchParams }: Props) {
  const { role, slot } = await searchParams;
  const preselected = ROLES_NEEDED.find((value) => value === role);
  const db = getDb();
  const [secret, chosen] = await Promise.all([
    getSigningSecret(db, "inquiry-form", env.AUTH_SECRET),
    readChosenSlots(db, typeof slot === "string" ? [slot] : (slot ?? [])),
  ]);
  const idempotencyKey = randomUUID();
  // Dropping a time is a link to this page with the other times (and the role) only.
  const hrefWithout = (dropped: string) => {
    const query = new URLSearchParams(preselected ? { role: preselected } : {});
    for (const kept of chosen.slots) if (kept.value !== dropped) query.append("slot", kept.value);
    return query.size > 0 ? `/inquire?${query}` : "/inquire";
  };
  return (
    <>
      <PageIntro eyebrow="Start an inquiry" title="Tell us about your project">
        <p>
          A few details help us answer properly. Only the fields marked required are needed; we answer within{" "}
          {usualResponseTime}.
        </p>
      </PageIntro>
      <div className="mx-auto max-w-6xl px-5 sm:px-8">
        <div className="max-w-3xl">
          <InquiryForm
            idempotencyKey={idempotencyKey}
            formToken={signFormToken(secret, new Date(), idempotencyKey)}
            preselectedRole={preselected}
            submitInquiry={submitInquiry}
            preferredTimes={
              <PreferredTimes
                notices={chosen.notices}
                slots={chosen.slots.map((chosenSlot) => ({ ...chosenSlot, removeHref: hrefWithout(chosenSlot.value) }))}
                // Back to /book with these times still ticked.
                bookHref={chosen.slots.length > 0 ? `/book?${new URLSearchParams(chosen.slots.map((kept) => ["slot", kept.value]))}` : "/book"}
              />
            }
          />
        </div>
      </div>
    </>
  );
}
