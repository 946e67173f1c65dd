import { describe, expect, it } from "vitest";
import { leadExportHref, leadListHref } from "./lead-list-href";
import { DEFAULT_LEAD_LIST_QUERY, parseLeadListQuery, type LeadListQuery } from "./lead-list-query";

const view: LeadListQuery = {
  ...DEFAULT_LEAD_LIST_QUERY,
  statuses: ["QUOTED", "NEW"],
  roles: ["BOTH"],
  assignee: "me",
  from: "2026-01-01",
  q: "ana & co",
  sort: "updated",
  after: "dS4xLjA",
};

describe("leadListHref", () => {
  it("leaves defaults out", () => {
    expect(leadListHref(DEFAULT_LEAD_LIST_QUERY)).toBe("/admin/leads");
  });

  it("writes parameters in a fixed order, and reads back as the same view", () => {
    const href = leadListHref(view);
    expect(href).toBe("/admin/leads?status=NEW&status=QUOTED&role=BOTH&assignee=me&from=2026-01-01&q=ana+%26+co&sort=updated&after=dS4xLjA");
    const reparsed = parseLeadListQuery(new URL(href, "https://studio.test").searchParams).query;
    expect(reparsed).toEqual({ ...view, statuses: ["NEW", "QUOTED"], after: null }); // the cursor here is made up
  });

  it("starts at the first page when the filter changes", () => {
    expect(leadListHref(view, { roles: [] })).toBe("/admin/leads?status=NEW&status=QUOTED&assignee=me&from=2026-01-01&q=ana+%26+co&sort=updated");
    expect(leadListHref(view, { showSpam: true })).toContain("spam=1");
  });

  it("pages with either after or before, never both", () => {
    expect(leadListHref(view, { before: "YWJj" })).toMatch(/&before=YWJj$/);
    expect(leadListHref({ ...view, after: null, before: "YWJj" }, { after: "ZGVm" })).toMatch(/&after=ZGVm$/);
  });
});

describe("leadExportHref", () => {
  it("exports the whole view: same filters, no page", () => {
    expect(leadExportHref(view)).toBe("/admin/leads/export?status=NEW&status=QUOTED&role=BOTH&assignee=me&from=2026-01-01&q=ana+%26+co&sort=updated");
    expect(leadExportHref(DEFAULT_LEAD_LIST_QUERY)).toBe("/admin/leads/export");
  });
});
