import type { Metadata } from "next";
import { AdminForm } from "@/components/admin/admin-form";
import { adminInputClass, adminLabelClass, panelClass, secondaryButtonClass } from "@/components/admin/styles";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { getDb } from "@/lib/db";
import { changePasswordAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const member = await requireStaffPage("/admin/account");
  const { passwordHash } = await getDb().user.findUniqueOrThrow({ where: { id: member.id }, select: { passwordHash: true } });
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
      <p>
        Signed in as <strong>{member.email}</strong>.
      </p>
      <section className={panelClass} aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-3 text-lg font-semibold">{passwordHash ? "Change your password" : "Set a password"}</h2>
        <AdminForm action={changePasswordAction} submitLabel={passwordHash ? "Change password" : "Set password"} resetOnSuccess>
          <div className="space-y-3">
            {passwordHash ? <PasswordField id="currentPassword" label="Current password" autoComplete="current-password" /> : <input type="hidden" name="currentPassword" value="" />}
            <PasswordField id="newPassword" label="New password (at least 12 characters)" autoComplete="new-password" />
            <PasswordField id="confirmPassword" label="New password again" autoComplete="new-password" />
          </div>
        </AdminForm>
      </section>
      <section className={panelClass} aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="mb-2 text-lg font-semibold">Sessions</h2>
        <p className="mb-2">Lost a laptop or signed in on a shared computer? End every session of your account at once.</p>
        <AdminForm action={signOutEverywhereAction} submitLabel="Sign out everywhere" buttonClass={secondaryButtonClass} />
      </section>
    </div>
  );
}

function PasswordField({ id, label, autoComplete }: { id: string; label: string; autoComplete: string }) {
  return (
    <div>
      <label htmlFor={id} className={adminLabelClass}>{label}</label>
      <input id={id} name={id} type="password" autoComplete={autoComplete} required className={adminInputClass} />
    </div>
  );
}
