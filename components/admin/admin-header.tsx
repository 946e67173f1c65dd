import Link from "next/link";
import type { StaffMember } from "@/lib/auth/staff-member";
import { studio } from "@/lib/site/studio";
import { staffRoleLabel } from "@/lib/staff/staff-role-label";
import { SignOutButton } from "./sign-out-button";

export function AdminHeader({ member }: { member: StaffMember }) {
  const items = [
    { href: "/admin", label: "Dashboard" },
    { href: "/admin/leads", label: "Leads" },
    { href: "/admin/calendar", label: "Calendar" },
    ...(member.role === "OWNER" ? [{ href: "/admin/staff", label: "Staff" }, { href: "/admin/settings", label: "Settings" }, { href: "/admin/system", label: "System" }] : []),
    { href: "/admin/account", label: "Account" },
  ];
  return (
    <header className="border-b border-stone-300 bg-white dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/admin" className="font-display text-xl tracking-tight">
          {studio.name} <span className="text-base text-stone-600 dark:text-stone-400">desk</span>
        </Link>
        <nav aria-label="Admin">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="underline-offset-4 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <span>
            {member.name ?? member.email} <span className="text-stone-600 dark:text-stone-400">({staffRoleLabel[member.role]})</span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
