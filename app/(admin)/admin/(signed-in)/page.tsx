import type { Metadata } from "next";
import Link from "next/link";
import { WeeklyInquiriesChart } from "@/components/admin/weekly-inquiries-chart";
import { linkClass, panelClass } from "@/components/admin/styles";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { MoneyFigures } from "@/components/admin/dashboard/money-figures";
import { Today } from "@/components/admin/dashboard/today";
import { hasRole } from "@/lib/auth/staff-member";
import { loadDashboardStats, OPEN_STATUSES } from "@/lib/dashboard/load-dashboard-stats";
import { loadMoneyFigures } from "@/lib/dashboard/load-money-figures";
import { loadToday } from "@/lib/dashboard/load-today";
import { getDb } from "@/lib/db";
import { loadStudioTimeZone } from "@/lib/studio/load-studio-time-zone";
import { inquiryStatusLabel, roleShortLabel } from "@/lib/inquiries/labels";
import { DEFAULT_LEAD_LIST_QUERY } from "@/lib/leads/lead-list-query";
import { leadListHref } from "@/lib/leads/lead-list-href";
import { formatDuration } from "@/lib/time/format-studio-time";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const member = await requireStaffPage("/admin");
  const db = getDb();
  // Money is the owner's: staff see the leads' figures only.
  const isOwner = hasRole(member, "OWNER");
  const timeZone = await loadStudioTimeZone(db);
  const [today, stats, money] = await Promise.all([loadToday(db), loadDashboardStats(db, new Date(), timeZone), isOwner ? loadMoneyFigures(db) : null]);
  const roles = Object.keys(roleShortLabel) as (keyof typeof roleShortLabel)[];
  const listOf = (overrides: Parameters<typeof leadListHref>[1]) => leadListHref(DEFAULT_LEAD_LIST_QUERY, overrides);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Hello, {member.name ?? member.email}</h1>
      <Today today={today} />
      <h2 className="pt-4 text-xl font-semibold tracking-tight">Figures</h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <section className={panelClass} aria-labelledby="new-heading">
          <h2 id="new-heading" className="text-stone-700 dark:text-stone-300">New in the last 7 days</h2>
          <p className="text-4xl font-semibold">{stats.newThisWeek}</p>
          <Link href={listOf({ statuses: ["NEW"] })} className={linkClass}>Leads waiting for an answer</Link>
        </section>
        <section className={panelClass} aria-labelledby="response-heading">
          <h2 id="response-heading" className="text-stone-700 dark:text-stone-300">Median time to first response</h2>
          <p className="text-4xl font-semibold">{stats.medianFirstResponseMs === null ? "—" : formatDuration(stats.medianFirstResponseMs)}</p>
          <p className="text-sm text-stone-600 dark:text-stone-400">Leads of the last 90 days that have been answered</p>
        </section>
        <section className={panelClass} aria-labelledby="open-heading">
          <h2 id="open-heading" className="mb-2 text-stone-700 dark:text-stone-300">Open leads by status</h2>
          <ul className="space-y-1">
            {OPEN_STATUSES.map((status) => (
              <li key={status} className="flex justify-between gap-4">
                <Link href={listOf({ statuses: [status] })} className={linkClass}>{inquiryStatusLabel[status]}</Link>
                <span className="font-semibold tabular-nums">{stats.openByStatus[status]}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <div className="grid gap-4 lg:grid-cols-[20rem_1fr]">
        <section className={panelClass} aria-labelledby="roles-heading">
          <h2 id="roles-heading" className="mb-2 text-stone-700 dark:text-stone-300">Open leads by what they need</h2>
          <ul className="space-y-1">
            {roles.map((role) => (
              <li key={role} className="flex justify-between gap-4">
                <Link href={listOf({ roles: [role], statuses: [...OPEN_STATUSES] })} className={linkClass}>{roleShortLabel[role]}</Link>
                <span className="font-semibold tabular-nums">{stats.openByRole[role]}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className={panelClass} aria-labelledby="weekly-heading">
          <h2 id="weekly-heading" className="mb-2 text-stone-700 dark:text-stone-300">Inquiries per week, last 12 weeks</h2>
          <WeeklyInquiriesChart weeks={stats.weeklyByRole} />
        </section>
      </div>
      {money ? <MoneyFigures figures={money} csv={{ invoices: "/admin/money/invoices.csv", payments: "/admin/money/payments.csv" }} /> : null}
    </div>
  );
}
