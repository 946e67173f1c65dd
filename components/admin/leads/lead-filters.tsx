import type { InquiryStatus } from "@/lib/generated/prisma/client";
import { inquiryStatusLabel, roleShortLabel } from "@/lib/inquiries/labels";
import type { LeadListQuery } from "@/lib/leads/lead-list-query";
import { adminInputClass, adminLabelClass, primaryButtonClass } from "../styles";

type Person = { id: string; name: string | null; email: string };

const sortLabel: Record<LeadListQuery["sort"], string> = { newest: "Newest first", oldest: "Oldest first", updated: "Recently updated" };

/** The list's filters as a plain GET form: every view is a URL, and it works without JavaScript. */
export function LeadFilters({ query, staff }: { query: LeadListQuery; staff: Person[] }) {
  return (
    <form method="get" action="/admin/leads" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label="Filter leads">
      <div className="sm:col-span-2">
        <label htmlFor="q" className={adminLabelClass}>Search</label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="Name, email, artist, message or reference" className={adminInputClass} />
      </div>
      <div>
        <label htmlFor="status" className={adminLabelClass}>Status</label>
        <select id="status" name="status" defaultValue={query.statuses.length === 1 ? query.statuses[0] : ""} className={adminInputClass}>
          <option value="">Any but spam</option>
          {(Object.keys(inquiryStatusLabel) as InquiryStatus[]).map((status) => (
            <option key={status} value={status}>{inquiryStatusLabel[status]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="role" className={adminLabelClass}>Needs</label>
        <select id="role" name="role" defaultValue={query.roles.length === 1 ? query.roles[0] : ""} className={adminInputClass}>
          <option value="">Anything</option>
          {Object.entries(roleShortLabel).map(([role, label]) => (
            <option key={role} value={role}>{label}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="assignee" className={adminLabelClass}>Assigned to</label>
        <select id="assignee" name="assignee" defaultValue={query.assignee ?? ""} className={adminInputClass}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="none">Nobody</option>
          {staff.map((person) => (
            <option key={person.id} value={person.id}>{person.name ?? person.email}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="from" className={adminLabelClass}>Received from</label>
        <input id="from" name="from" type="date" defaultValue={query.from ?? ""} className={adminInputClass} />
      </div>
      <div>
        <label htmlFor="to" className={adminLabelClass}>Received until</label>
        <input id="to" name="to" type="date" defaultValue={query.to ?? ""} className={adminInputClass} />
      </div>
      <div>
        <label htmlFor="sort" className={adminLabelClass}>Order</label>
        <select id="sort" name="sort" defaultValue={query.sort} className={adminInputClass}>
          {Object.entries(sortLabel).map(([sort, label]) => (
            <option key={sort} value={sort}>{label}</option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-4 sm:col-span-2 lg:col-span-4">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="spam" value="1" defaultChecked={query.showSpam} className="size-4" /> Include spam
        </label>
        <button type="submit" className={primaryButtonClass}>Show leads</button>
      </div>
    </form>
  );
}
