import type { Metadata } from "next";
import Link from "next/link";
import { LeadFilters } from "@/components/admin/leads/lead-filters";
import { LeadTable } from "@/components/admin/leads/lead-table";
import { linkClass, panelClass, secondaryButtonClass } from "@/components/admin/styles";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { getDb } from "@/lib/db";
import { listActiveStaff } from "@/lib/staff/list-active-staff";
import type { InquiryStatus } from "@/lib/generated/prisma/client";
import { inquiryStatusLabel } from "@/lib/inquiries/labels";
import { countLeadsByStatus } from "@/lib/leads/count-leads-by-status";
import { leadExportHref, leadListHref } from "@/lib/leads/lead-list-href";
import { parseLeadListQuery, type SearchParamsInput } from "@/lib/leads/lead-list-query";
import { listLeads } from "@/lib/leads/list-leads";
import { loadStudioTimeZone } from "@/lib/studio/load-studio-time-zone";

export const metadata: Metadata = { title: "Leads" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LeadsPage({ searchParams }: Props) {
  const params = await searchParams;
  const { query, messages } = parseLeadListQuery(params as SearchParamsInput);
  const member = await requireStaffPage(leadListHref(query));
  const db = getDb();
  // The filter's days are the studio's.
  const timeZone = await loadStudioTimeZone(db);
  const options = { currentUserId: member.id, timeZone };
  const [page, counts, staff] = await Promise.all([listLeads(db, query, options), countLeadsByStatus(db, query, options), listActiveStaff(db)]);
  const statuses = Object.keys(inquiryStatusLabel) as InquiryStatus[];
  const allButSpam = statuses.filter((status) => status !== "SPAM").reduce((sum, status) => sum + counts[status], 0);
  const current = query.statuses.length === 1 ? query.statuses[0] : null;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Leads</h1>
        <a href={leadExportHref(query)} className={secondaryButtonClass} download>Export this view as CSV</a>
      </div>
      <section className={panelClass} aria-label="Filters">
        <LeadFilters query={query} staff={staff} />
      </section>
      {messages.length ? (
        <div role="status" className="rounded-lg border border-amber-700 bg-amber-50 p-3 dark:bg-amber-950">
          {messages.map((message) => <p key={message}>{message}</p>)}
        </div>
      ) : null}
      <nav aria-label="Leads by status">
        <ul className="flex flex-wrap gap-2">
          <li>
            <StatusTab href={leadListHref(query, { statuses: [] })} active={query.statuses.length === 0} label="All but spam" count={allButSpam} />
          </li>
          {statuses.map((status) => (
            <li key={status}>
              <StatusTab href={leadListHref(query, { statuses: [status] })} active={current === status} label={inquiryStatusLabel[status]} count={counts[status]} />
            </li>
          ))}
        </ul>
      </nav>
      <section className={panelClass} aria-label="Results">
        <LeadTable leads={page.leads} timeZone={timeZone} />
        <nav aria-label="Pages" className="mt-4 flex flex-wrap gap-4">
          {query.after || query.before ? <Link href={leadListHref(query, { after: null, before: null })} className={linkClass}>First page</Link> : null}
          {page.previousCursor ? <Link href={leadListHref(query, { before: page.previousCursor, after: null })} className={linkClass} rel="prev">← Previous page</Link> : null}
          {page.nextCursor ? <Link href={leadListHref(query, { after: page.nextCursor, before: null })} className={linkClass} rel="next">Next page →</Link> : null}
        </nav>
      </section>
    </div>
  );
}

function StatusTab({ href, active, label, count }: { href: string; active: boolean; label: string; count: number }) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`inline-flex items-center gap-2 rounded-full border px-3 py-1 ${active ? "border-stone-900 bg-stone-900 text-white dark:border-amber-300 dark:bg-amber-300 dark:text-stone-950" : "border-stone-400 hover:bg-stone-200 dark:border-stone-600 dark:hover:bg-stone-800"}`}
    >
      {label} <span className="tabular-nums">{count.toLocaleString("en-GB")}</span>
    </Link>
  );
}
