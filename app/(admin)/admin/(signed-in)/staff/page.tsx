import type { Metadata } from "next";
import { AdminForm } from "@/components/admin/admin-form";
import { adminInputClass, adminLabelClass, dangerButtonClass, panelClass, secondaryButtonClass } from "@/components/admin/styles";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { getDb } from "@/lib/db";
import { staffRoleLabel } from "@/lib/staff/staff-role-label";
import { loadStudioTimeZone } from "@/lib/studio/load-studio-time-zone";
import { formatStudioDateTime } from "@/lib/time/format-studio-time";
import { inviteStaffAction, revokeInvitationAction, setStaffActiveAction } from "./actions";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const owner = await requireStaffPage("/admin/staff", "OWNER");
  const db = getDb();
  const [members, invitations, timeZone] = await Promise.all([
    db.user.findMany({ orderBy: [{ deactivatedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }, { email: "asc" }] }),
    db.invitation.findMany({ where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: "desc" } }),
    loadStudioTimeZone(db),
  ]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold tracking-tight">Staff</h1>
      <section aria-labelledby="members-heading" className={panelClass}>
        <h2 id="members-heading" className="mb-3 text-lg font-semibold">Accounts</h2>
        {/* On a phone the table scrolls inside its box, not the page. */}
        <div className="relative overflow-x-auto">
        <table className="w-full text-left">
          <thead>
            <tr className="border-b border-stone-300 dark:border-stone-700">
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Email</th>
              <th scope="col" className="py-2 pr-4">Role</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id} className="border-b border-stone-200 align-top dark:border-stone-800">
                <td className="py-2 pr-4">{member.name ?? "—"}</td>
                <td className="py-2 pr-4">{member.email}</td>
                <td className="py-2 pr-4">{staffRoleLabel[member.role]}</td>
                <td className="py-2 pr-4">{member.deactivatedAt ? `Deactivated ${formatStudioDateTime(member.deactivatedAt, timeZone)}` : "Active"}</td>
                <td className="py-2">
                  {member.id === owner.id ? null : (
                    <AdminForm
                      action={setStaffActiveAction}
                      submitLabel={member.deactivatedAt ? `Reactivate ${member.name ?? member.email}` : `Deactivate ${member.name ?? member.email}`}
                      buttonClass={member.deactivatedAt ? secondaryButtonClass : dangerButtonClass}
                      confirm={member.deactivatedAt ? undefined : `Deactivate ${member.email}? They are signed out at once.`}
                    >
                      <input type="hidden" name="userId" value={member.id} />
                      <input type="hidden" name="active" value={member.deactivatedAt ? "true" : "false"} />
                    </AdminForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </section>
      <section aria-labelledby="invite-heading" className={`${panelClass} max-w-xl`}>
        <h2 id="invite-heading" className="mb-3 text-lg font-semibold">Invite someone</h2>
        <AdminForm action={inviteStaffAction} submitLabel="Send invitation" pendingLabel="Sending…" resetOnSuccess>
          <div className="space-y-3">
            <div>
              <label htmlFor="email" className={adminLabelClass}>Email</label>
              <input id="email" name="email" type="email" required className={adminInputClass} />
            </div>
            <div>
              <label htmlFor="role" className={adminLabelClass}>Role</label>
              <select id="role" name="role" defaultValue="STAFF" className={adminInputClass}>
                <option value="STAFF">Staff: triage leads</option>
                <option value="OWNER">Owner: everything, including staff and erasure</option>
              </select>
            </div>
          </div>
        </AdminForm>
      </section>
      <section aria-labelledby="invitations-heading" className={panelClass}>
        <h2 id="invitations-heading" className="mb-3 text-lg font-semibold">Open invitations</h2>
        {invitations.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="space-y-3">
            {invitations.map((invitation) => (
              // A long address breaks anywhere rather than widening a phone's page.
              <li key={invitation.id} className="[overflow-wrap:anywhere]">
                {invitation.email} as {staffRoleLabel[invitation.role].toLowerCase()}, until {formatStudioDateTime(invitation.expiresAt, timeZone)}
                <AdminForm action={revokeInvitationAction} submitLabel={`Withdraw the invitation to ${invitation.email}`} buttonClass={`${secondaryButtonClass} max-w-full text-left [overflow-wrap:anywhere]`}>
                  <input type="hidden" name="invitationId" value={invitation.id} />
                </AdminForm>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
