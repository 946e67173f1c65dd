import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/admin/auth-card";
import { linkClass, primaryButtonClass } from "@/components/admin/styles";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Confirm sign-in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where a sign-in email's link lands. Signing in takes one more click on purpose: link scanners
 * fetch every URL in a message, and would otherwise spend the one-time token themselves.
 */
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const { token, email, callbackUrl } = await searchParams;
  const valid = typeof token === "string" && /^[\w-]{16,200}$/.test(token) && typeof email === "string" && email.length <= 254;
  if (!valid) {
    return (
      <AuthCard title="This link is incomplete">
        <p>
          The address may have been cut short by your email program. <Link href="/admin/sign-in" className={linkClass}>Ask for a new link</Link>.
        </p>
      </AuthCard>
    );
  }
  const callback = new URLSearchParams({ callbackUrl: safeCallbackPath(callbackUrl, env.APP_URL), token, email });
  return (
    <AuthCard title="Sign in">
      <p className="mb-6">
        Signing in as <strong>{email}</strong>.
      </p>
      <a href={`/api/auth/callback/email?${callback}`} className={primaryButtonClass}>
        Continue to the studio desk
      </a>
    </AuthCard>
  );
}
