import { randomUUID } from "node:crypto";
import { InquiryForm } from "@/components/inquiry/inquiry-form";
import { PageIntro } from "@/components/site/page-intro";
import { env } from "@/lib/env";
import { getDb } from "@/lib/db";
import { ROLES_NEEDED } from "@/lib/inquiries/inquiry-schema";
import { usualResponseTime } from "@/lib/inquiries/labels";
import { signFormToken } from "@/lib/security/form-token";
import { getSigningSecret } from "@/lib/security/get-signing-secret";
import { pageMetadata } from "@/lib/site/page-metadata";
import { toSearchParams } from "@/lib/site/to-search-params";
import { buildWhenView } from "@/lib/when/build-when-view";
import { parseWhenSelection } from "@/lib/when/when-selection";
import { submitInquiry } from "./actions";

export const metadata = pageMetadata({
  title: "Start an inquiry",
  description: "Tell the studio about your project and whether you need a recording engineer, a music producer, both, or are not sure yet.",
  path: "/inquire",
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Rendered per request: each form carries its own one-time key and a signed note of when it was
// shown (see lib/inquiries/detect-spam.ts). The address may carry the "when" step's choices
// (room, kind, month, day, pick), as /book's "Continue" sends them; they are checked here and
// again when the inquiry is sent.
export default async function InquirePage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const role = params.get("role");
  const preselected = ROLES_NEEDED.find((value) => value === role);
  const db = getDb();
  const now = new Date();
  const { selection, notices } = parseWhenSelection(params);
  const [secret, when] = await Promise.all([getSigningSecret(db, "inquiry-form", env.AUTH_SECRET), buildWhenView(db, { selection, notices, now })]);
  const idempotencyKey = randomUUID();
  return (
    <>
      <PageIntro eyebrow="Start an inquiry" title="Tell us about your project">
        <p>
          Pick when you would like to come in, if you know, and tell us a little about the project. We answer within {usualResponseTime}.
        </p>
      </PageIntro>
      <div className="mx-auto max-w-6xl px-5 sm:px-8">
        <div className="max-w-3xl">
          <InquiryForm idempotencyKey={idempotencyKey} formToken={signFormToken(secret, now, idempotencyKey)} preselectedRole={preselected} when={when} submitInquiry={submitInquiry} />
        </div>
      </div>
    </>
  );
}
