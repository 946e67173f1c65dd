// Links to views of the lead list: the same view always gets the same URL (parameters in a fixed
// order, defaults left out), so bookmarks, history and the back button behave.
import { InquiryStatus, RoleNeeded } from "../generated/prisma/enums";
import { DEFAULT_LEAD_LIST_QUERY, type LeadListQuery } from "./lead-list-query";

const LIST_PATH = "/admin/leads";
const EXPORT_PATH = "/admin/leads/export";

/**
 * The list with `overrides` applied. A link that changes the filter, search or sort starts at
 * the first page; a pagination link passes `after` or `before`; with no overrides this is the
 * current view itself, page included.
 */
export function leadListHref(query: LeadListQuery, overrides: Partial<LeadListQuery> = {}): string {
  const paging = "after" in overrides || "before" in overrides;
  const changesView = Object.keys(overrides).length > 0;
  const page = paging
    ? { after: overrides.after ?? null, before: overrides.after ? null : (overrides.before ?? null) }
    : changesView
      ? { after: null, before: null }
      : { after: query.after, before: query.before };
  return LIST_PATH + searchString({ ...query, ...overrides, ...page });
}

/** The CSV export of every lead in the view (all pages). */
export function leadExportHref(query: LeadListQuery, overrides: Partial<LeadListQuery> = {}): string {
  return EXPORT_PATH + searchString({ ...query, ...overrides, after: null, before: null });
}

function searchString(query: LeadListQuery): string {
  const params = new URLSearchParams();
  for (const status of inOrder(Object.values(InquiryStatus), query.statuses)) params.append("status", status);
  for (const role of inOrder(Object.values(RoleNeeded), query.roles)) params.append("role", role);
  if (query.assignee) params.set("assignee", query.assignee);
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (query.q) params.set("q", query.q);
  if (query.sort !== DEFAULT_LEAD_LIST_QUERY.sort) params.set("sort", query.sort);
  if (query.showSpam) params.set("spam", "1");
  if (query.after) params.set("after", query.after);
  else if (query.before) params.set("before", query.before);
  const text = params.toString();
  return text ? `?${text}` : "";
}

function inOrder<T>(order: T[], values: T[]): T[] {
  return order.filter((value) => values.includes(value));
}
