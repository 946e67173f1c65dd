import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/admin/auth-card";
import { linkClass } from "@/components/admin/styles";
import { SIGN_IN_LINK_MINUTES } from "@/lib/auth/render-sign-in-link";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <AuthCard title="Check your email">
      <p className="mb-4" role="status">
        If that address belongs to a member of the studio&apos;s staff, a sign-in link is on its way. It works once, for {SIGN_IN_LINK_MINUTES} minutes.
      </p>
      <p>
        Nothing arrived after a few minutes? Check your spam folder, or <Link href="/admin/sign-in" className={linkClass}>ask for a new link</Link>.
      </p>
    </AuthCard>
  );
}
