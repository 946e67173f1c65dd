import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createPrismaClient } from "@/lib/database/create-prisma-client";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { assignLead } from "./assign-lead";
import { eraseLead } from "./erase-lead";

describeEachDatabase("assignLead", { poolSize: 4 }, ({ db, url: databaseUrl }) => {
  let sam: StaffMember;
  let alex: StaffMember;
  beforeAll(async () => {
    sam = await createStaff(db, "STAFF", { name: "Sam Okafor" });
    alex = await createStaff(db, "OWNER", { name: "Alex Brandt" });
  });

  const assigneeOf = async (leadId: string) => (await db.inquiry.findUniqueOrThrow({ where: { id: leadId } })).assigneeId;
  const eventsOf = (leadId: string) => db.leadEvent.findMany({ where: { inquiryId: leadId }, orderBy: { createdAt: "asc" } });

  it("assigns, reassigns and unassigns, recording each with who did it", async () => {
    const lead = await createLead(db);
    await assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: null, assigneeId: sam.id, now: new Date("2026-12-01T10:00:00Z") });
    await assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: sam.id, assigneeId: alex.id, now: new Date("2026-12-01T11:00:00Z") });
    expect(await assigneeOf(lead.id)).toBe(alex.id);
    await assignLead(db, alex, { leadId: lead.id, expectedAssigneeId: alex.id, assigneeId: null, now: new Date("2026-12-01T12:00:00Z") });
    expect(await assigneeOf(lead.id)).toBeNull();
    expect((await eventsOf(lead.id)).map((event) => [event.type, event.actorId, event.assigneeId])).toEqual([
      ["ASSIGNED", sam.id, sam.id],
      ["ASSIGNED", sam.id, alex.id],
      ["ASSIGNED", alex.id, null],
    ]);
  });

  it("treats assigning to whoever already has it as done, without an event", async () => {
    const lead = await createLead(db);
    await assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: null, assigneeId: sam.id });
    await assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: sam.id, assigneeId: sam.id });
    expect(await eventsOf(lead.id)).toHaveLength(1);
  });

  it("lets one of two people assigning at once win, and tells the other who has it now", async () => {
    const other = createPrismaClient(databaseUrl, { poolSize: 2 });
    try {
      const lead = await createLead(db);
      const results = await Promise.allSettled([
        assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: null, assigneeId: sam.id }),
        assignLead(other, alex, { leadId: lead.id, expectedAssigneeId: null, assigneeId: alex.id }),
      ]);
      const failed = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
      expect(failed).toHaveLength(1);
      expect(failed[0].reason).toMatchObject({ code: "lead-conflict" });
      const holder = (await assigneeOf(lead.id)) === sam.id ? "Sam Okafor" : "Alex Brandt";
      expect(failed[0].reason.message).toBe(`Someone else just assigned this lead to ${holder}. Reload to see the latest.`);
      expect(await eventsOf(lead.id)).toHaveLength(1);
    } finally {
      await other.$disconnect();
    }
  });

  it("refuses a stale view, including one that saw the lead with nobody and one with a forged id", async () => {
    const lead = await createLead(db);
    await assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: null, assigneeId: null }); // nothing to do
    await assignLead(db, alex, { leadId: lead.id, expectedAssigneeId: null, assigneeId: alex.id });
    await expect(assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: null, assigneeId: null })).rejects.toThrow(
      "Someone else just assigned this lead to Alex Brandt. Reload to see the latest.",
    );
    await expect(assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: "nobody", assigneeId: sam.id })).rejects.toMatchObject({ code: "lead-conflict" });
    await assignLead(db, alex, { leadId: lead.id, expectedAssigneeId: alex.id, assigneeId: null });
    await expect(assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: alex.id, assigneeId: sam.id })).rejects.toThrow(
      "Someone else just unassigned this lead. Reload to see the latest.",
    );
    expect(await assigneeOf(lead.id)).toBeNull();
  });

  it("only gives leads to active staff", async () => {
    const lead = await createLead(db);
    const gone = await createStaff(db, "STAFF", { name: "Robin Vale" });
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    await expect(assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: null, assigneeId: gone.id })).rejects.toMatchObject({
      code: "assignee-deactivated",
      message: "Robin Vale cannot be given leads: their account is deactivated.",
    });
    await expect(assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: null, assigneeId: crypto.randomUUID() })).rejects.toMatchObject({ code: "assignee-not-found" });
    await expect(assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: null, assigneeId: "' OR 1=1" })).rejects.toMatchObject({ code: "assignee-not-found" });
    expect(await assigneeOf(lead.id)).toBeNull();
    expect(await eventsOf(lead.id)).toEqual([]);
  });

  it("refuses missing and erased leads", async () => {
    await expect(assignLead(db, sam, { leadId: crypto.randomUUID(), expectedAssigneeId: null, assigneeId: sam.id })).rejects.toMatchObject({ code: "lead-not-found" });
    const lead = await createLead(db);
    await eraseLead(db, alex, { leadId: lead.id });
    await expect(assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: null, assigneeId: sam.id })).rejects.toMatchObject({ code: "lead-erased" });
  });
});
