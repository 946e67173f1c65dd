import { beforeAll, expect, it } from "vitest";
import { insertLeadSet, sortedLike, type FixtureLead } from "@/test/support/lead-list-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { encodeLeadCursor } from "./lead-cursor";
import { DEFAULT_LEAD_LIST_QUERY, LEAD_SORTS, type LeadListQuery } from "./lead-list-query";
import { listLeads } from "./list-leads";

describeEachDatabase("listLeads", { poolSize: 2 }, ({ db }) => {
  let leads: FixtureLead[];
  let alice: { id: string };
  let bob: { id: string };
  const query = (overrides: Partial<LeadListQuery>): LeadListQuery => ({ ...DEFAULT_LEAD_LIST_QUERY, ...overrides });
  const ids = async (overrides: Partial<LeadListQuery>, currentUserId?: string) =>
    (await listLeads(db, query(overrides), { currentUserId, pageSize: 500 })).leads.map((lead) => lead.id);
  const expected = (keep: (lead: FixtureLead) => boolean, sort: LeadListQuery["sort"] = "newest") =>
    sortedLike(leads.filter(keep), sort).map((lead) => lead.id);

  beforeAll(async () => {
    ({ leads, alice, bob } = await insertLeadSet(db));
  });

  it.each(LEAD_SORTS)("walks every page forwards and back again, sorted %s", async (sort) => {
    const pages: string[][] = [];
    let page = await listLeads(db, query({ sort, showSpam: true }), { pageSize: 7 });
    expect(page.previousCursor).toBeNull();
    for (;;) {
      pages.push(page.leads.map((lead) => lead.id));
      if (!page.nextCursor) break;
      page = await listLeads(db, query({ sort, showSpam: true, after: page.nextCursor }), { pageSize: 7 });
      expect(page.previousCursor).not.toBeNull();
    }
    expect(pages.flat()).toEqual(expected(() => true, sort));
    expect(pages.map((ids) => ids.length)).toEqual([7, 7, 7, 7, 7, 7, 7, 7, 4]);

    const backwards: string[][] = [];
    while (page.previousCursor) {
      page = await listLeads(db, query({ sort, showSpam: true, before: page.previousCursor }), { pageSize: 7 });
      backwards.unshift(page.leads.map((lead) => lead.id));
      expect(page.nextCursor).not.toBeNull();
    }
    expect(backwards).toEqual(pages.slice(0, -1));
  });

  it("gives an empty page past the end, with a way back", async () => {
    const all = (await listLeads(db, query({}), { pageSize: 500 })).leads;
    const last = all.at(-1)!;
    const cursor = encodeLeadCursor("createdAt", { at: last.createdAt, id: last.id });
    expect(await listLeads(db, query({ after: cursor }))).toEqual({ leads: [], nextCursor: null, previousCursor: cursor });
    const back = await listLeads(db, query({ before: cursor }), { pageSize: 5 });
    expect(back.leads.map((lead) => lead.id)).toEqual(all.slice(-6, -1).map((lead) => lead.id));
  });

  it("hides spam unless asked for", async () => {
    expect(await ids({})).toEqual(expected((lead) => lead.status !== "SPAM"));
    expect(await ids({ showSpam: true })).toEqual(expected(() => true));
    expect(await ids({ statuses: ["SPAM"] })).toEqual(expected((lead) => lead.status === "SPAM"));
  });

  it("filters by status and role, one or several", async () => {
    expect(await ids({ statuses: ["QUOTED"] })).toEqual(expected((lead) => lead.status === "QUOTED"));
    expect(await ids({ statuses: ["NEW", "WON"] })).toEqual(expected((lead) => ["NEW", "WON"].includes(lead.status)));
    expect(await ids({ roles: ["BOTH"] })).toEqual(expected((lead) => lead.roleNeeded === "BOTH" && lead.status !== "SPAM"));
    expect(await ids({ roles: ["ENGINEER", "UNSURE"], statuses: ["NEW", "SPAM"] })).toEqual(
      expected((lead) => ["ENGINEER", "UNSURE"].includes(lead.roleNeeded) && ["NEW", "SPAM"].includes(lead.status)),
    );
  });

  it("filters by assignee: someone, nobody, or me", async () => {
    expect(await ids({ assignee: bob.id, showSpam: true })).toEqual(expected((lead) => lead.assigneeId === bob.id));
    expect(await ids({ assignee: "none", showSpam: true })).toEqual(expected((lead) => lead.assigneeId === null));
    expect(await ids({ assignee: "me", showSpam: true }, alice.id)).toEqual(expected((lead) => lead.assigneeId === alice.id));
    await expect(listLeads(db, query({ assignee: "me" }))).rejects.toThrow(/current user/);
    const [row] = (await listLeads(db, query({ assignee: alice.id }), { pageSize: 1 })).leads;
    expect(row.assignee).toEqual({ id: alice.id, name: "Alice Staff", email: expect.stringContaining("@studio.test") });
  });

  it("filters by whole days, both ends included (UTC when no zone is given)", async () => {
    const day = (from: string, to: string) => (lead: FixtureLead) =>
      lead.createdAt >= new Date(`${from}T00:00:00Z`) && lead.createdAt < new Date(new Date(`${to}T00:00:00Z`).getTime() + 86_400_000);
    expect(await ids({ from: "2026-03-10", to: "2026-03-10", showSpam: true })).toEqual(expected(day("2026-03-10", "2026-03-10")));
    expect(await ids({ from: "2026-03-10", to: "2026-03-10", showSpam: true })).toHaveLength(48);
    expect(await ids({ from: "2026-03-11", showSpam: true })).toEqual(expected(day("2026-03-11", "2026-03-11")));
    expect(await ids({ to: "2026-03-09", showSpam: true })).toHaveLength(10);
  });

  it("filters by whole days of the studio's zone when given one", async () => {
    // New York keeps daylight time (UTC-4) from 8 March 2026, so its 10 March runs from 04:00 UTC
    // that day to 04:00 UTC the next: not the UTC day the test above filters.
    const start = new Date("2026-03-10T04:00:00Z");
    const end = new Date("2026-03-11T04:00:00Z");
    const local = (await listLeads(db, query({ from: "2026-03-10", to: "2026-03-10", showSpam: true }), { pageSize: 200, timeZone: "America/New_York" })).leads.map((lead) => lead.id);
    expect(local).toEqual(expected((lead) => lead.createdAt >= start && lead.createdAt < end));
    expect(local).not.toEqual(await ids({ from: "2026-03-10", to: "2026-03-10", showSpam: true }));
  });

  it("searches names, email parts and artists by word prefix", async () => {
    expect(await ids({ q: "lop" })).toEqual([leads[12].id, leads[5].id]);
    expect(await ids({ q: "ANA López" })).toEqual([leads[5].id]);
    expect(await ids({ q: "ana.lopez@example" })).toEqual([leads[5].id]);
    expect(await ids({ q: "number1", showSpam: true })).toEqual(expected((lead) => /^Artist Number1\d?$/.test(lead.name)));
    expect(await ids({ q: "number1", statuses: ["CONTACTED"] })).toEqual(
      expected((lead) => /^Artist Number1\d?$/.test(lead.name) && lead.status === "CONTACTED"),
    );
    expect(await ids({ q: "nobody matches this" })).toEqual([]);
  });

  it("finds a lead by its reference", async () => {
    expect(await ids({ q: leads[20].reference.toLowerCase() })).toEqual([leads[20].id]);
  });

  it("treats search text as data, never as SQL or tsquery syntax", async () => {
    for (const q of [`'); DROP TABLE "Inquiry"; --`, "a & | ! ( ) :* <->", "\\' OR 1=1", "number1:* | lead"]) {
      await expect(ids({ q })).resolves.toBeInstanceOf(Array);
    }
    expect(await db.inquiry.count()).toBe(leads.length);
  });

  it("returns the row fields a list needs", async () => {
    const [row] = (await listLeads(db, query({ q: "ana lopez" }))).leads;
    expect(row).toEqual({
      id: leads[5].id,
      reference: leads[5].reference,
      status: leads[5].status,
      roleNeeded: leads[5].roleNeeded,
      name: "Ana López",
      email: "ana.lopez@example.com",
      artistName: null,
      projectType: expect.any(String),
      createdAt: leads[5].createdAt,
      updatedAt: leads[5].updatedAt,
      assignee: null,
      erasedAt: null,
    });
  });
});
