import { beforeAll, expect, it } from "vitest";
import { InquiryStatus } from "@/lib/generated/prisma/enums";
import { insertLeadSet, type FixtureLead } from "@/test/support/lead-list-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { countLeadsByStatus } from "./count-leads-by-status";
import { DEFAULT_LEAD_LIST_QUERY, type LeadListQuery } from "./lead-list-query";
import { listLeads } from "./list-leads";

describeEachDatabase("countLeadsByStatus", { poolSize: 2 }, ({ db }) => {
  let leads: FixtureLead[];
  let alice: { id: string };
  const query = (overrides: Partial<LeadListQuery>): LeadListQuery => ({ ...DEFAULT_LEAD_LIST_QUERY, ...overrides });
  const countsOf = (keep: (lead: FixtureLead) => boolean) =>
    Object.fromEntries(Object.values(InquiryStatus).map((status) => [status, leads.filter((lead) => lead.status === status && keep(lead)).length]));

  beforeAll(async () => {
    ({ leads, alice } = await insertLeadSet(db));
  });

  it("counts every status, spam included, with zero for the empty ones", async () => {
    expect(await countLeadsByStatus(db, query({}))).toEqual(countsOf(() => true));
    expect(await countLeadsByStatus(db, query({ q: "nothing like this" }))).toEqual(countsOf(() => false));
  });

  it("applies the rest of the filter but not its statuses", async () => {
    const filtered = query({ statuses: ["NEW"], roles: ["PRODUCER"], assignee: "me", from: "2026-03-10" });
    const counts = await countLeadsByStatus(db, filtered, { currentUserId: alice.id });
    expect(counts).toEqual(
      countsOf((lead) => lead.roleNeeded === "PRODUCER" && lead.assigneeId === alice.id && lead.createdAt >= new Date("2026-03-10T00:00:00Z")),
    );
    // Each tab's number is what the list shows when that tab is picked.
    for (const status of Object.values(InquiryStatus)) {
      const page = await listLeads(db, { ...filtered, statuses: [status] }, { currentUserId: alice.id, pageSize: 500 });
      expect(page.leads).toHaveLength(counts[status]);
    }
  });
});
