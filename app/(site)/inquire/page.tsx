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

export const metadata = pageMetadata({
  title: "Start an inquiry",
  description: "Tell the studio about your project and whether you need a recording engineer, a music producer, both, or are not sure yet.",
  path: "/inquire",
});

type Props = { searchParams: Promise<{ role?: string | string[] }> };

// Rendered per request: each form carries its own one-time key and a signed note of when it was
// shown (see lib/inquiries/detect-spam.ts).
export default async function InquirePage({ searchParams }: Props) {
  const { role } = await searchParams;
  const preselected = ROLES_NEEDED.find((value) => value === role);
  const secret = await getSigningSecret(getDb(), "inquiry-form", env.AUTH_SECRET);
  const idempotencyKey = randomUUID();
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
          />
        </div>
      </div>
    </>
  );
}
