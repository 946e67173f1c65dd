import Link from "next/link";
import { roleShortLabel } from "@/lib/inquiries/labels";
import type { LeadRow } from "@/lib/leads/list-leads";
import { formatStudioDateTime } from "@/lib/time/format-studio-time";
import { StatusBadge } from "../status-badge";
import { linkClass } from "../styles";

export function LeadTable({ leads, timeZone }: { leads: LeadRow[]; timeZone: string }) {
  if (leads.length === 0) return <p className="py-6">No leads match this view.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">Leads</caption>
        <thead>
          <tr className="border-b border-stone-300 dark:border-stone-700">
            <th scope="col" className="py-2 pr-4">Lead</th>
            <th scope="col" className="py-2 pr-4">Received</th>
            <th scope="col" className="py-2 pr-4">Needs</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2">Assigned to</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id} className="border-b border-stone-200 align-top dark:border-stone-800">
              <td className="py-2 pr-4">
                <Link href={`/admin/leads/${lead.id}`} className={`${linkClass} font-semibold`}>
                  {lead.erasedAt ? "Erased" : lead.artistName || lead.name}
                </Link>
                <span className="block text-sm text-stone-600 dark:text-stone-400">
                  {lead.reference}
                  {lead.erasedAt ? "" : ` · ${lead.name} · ${lead.email}`}
                </span>
              </td>
              <td className="py-2 pr-4 whitespace-nowrap">{formatStudioDateTime(lead.createdAt, timeZone)}</td>
              <td className="py-2 pr-4">{roleShortLabel[lead.roleNeeded]}</td>
              <td className="py-2 pr-4"><StatusBadge status={lead.status} /></td>
              <td className="py-2">{lead.assignee ? (lead.assignee.name ?? lead.assignee.email) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
