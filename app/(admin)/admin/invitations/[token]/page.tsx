import type { Metadata } from "next";
import Link from "next/link";
import { AdminForm } from "@/components/admin/admin-form";
import { AuthCard } from "@/components/admin/auth-card";
import { adminInputClass, adminLabelClass, linkClass } from "@/components/admin/styles";
import { getDb } from "@/lib/db";
import { findUsableInvitation } from "@/lib/staff/accept-invitation";
import { staffRoleLabel } from "@/lib/staff/staff-role-label";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Accept your invitation", robots: { index: false }, referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findUsableInvitation(getDb(), token);
  if (!invitation) {
    return (
      <AuthCard title="This invitation cannot be used">
        <p>
          It has expired, was withdrawn or has already been used. Ask the studio&apos;s owner for a new one, or{" "}
          <Link href="/admin/sign-in" className={linkClass}>sign in</Link> if you already have an account.
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Join the studio desk">
      <p className="mb-4">
        You are invited as <strong>{staffRoleLabel[invitation.role].toLowerCase()}</strong> with the address <strong>{invitation.email}</strong>. Choose
        your name and a password.
      </p>
      <AdminForm action={acceptInvitationAction} submitLabel="Create my account">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={invitation.email} autoComplete="username" />
        <div className="space-y-3">
          <div>
            <label htmlFor="name" className={adminLabelClass}>Your name</label>
            <input id="name" name="name" autoComplete="name" required maxLength={120} className={adminInputClass} />
          </div>
          <div>
            <label htmlFor="password" className={adminLabelClass}>Password (at least 12 characters)</label>
            <input id="password" name="password" type="password" autoComplete="new-password" required className={adminInputClass} />
          </div>
          <div>
            <label htmlFor="confirmPassword" className={adminLabelClass}>Password again</label>
            <input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" required className={adminInputClass} />
          </div>
        </div>
      </AdminForm>
      <p className="mt-4">
        Done? <Link href="/admin/sign-in" className={linkClass}>Sign in</Link>.
      </p>
    </AuthCard>
  );
}
