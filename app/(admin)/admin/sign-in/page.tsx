import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForms } from "@/components/admin/sign-in-forms";
import { AuthCard } from "@/components/admin/auth-card";
import { getStaffMember } from "@/lib/auth/get-staff-member";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl, env.APP_URL);
  if (await getStaffMember()) redirect(callbackUrl);
  const error = typeof params.error === "string" ? params.error : null;
  return (
    <AuthCard title="Sign in to the studio desk">
      <noscript>
        <p className="mb-4 font-semibold">Signing in needs JavaScript turned on in this browser.</p>
      </noscript>
      <SignInForms callbackUrl={callbackUrl} initialError={signInErrorMessage(error)} />
    </AuthCard>
  );
}
