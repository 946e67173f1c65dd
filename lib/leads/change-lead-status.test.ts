import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { createPrismaClient } from "@/lib/database/create-prisma-client";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { changeLeadStatus } from "./change-lead-status";
import { eraseLead } from "./erase-lead";

describeEachDatabase("changeLeadStatus", { poolSize: 4 }, ({ db, url: databaseUrl }) => {
  let staff: StaffMember;
  let owner: StaffMember;
  beforeAll(async () => {
    staff = await createStaff(db);
    owner = await createStaff(db, "OWNER");
  });

  const eventsOf = (leadId: string) => db.leadEvent.findMany({ where: { inquiryId: leadId }, orderBy: { createdAt: "asc" } });

  it("moves the lead, records who did it, and counts leaving NEW as the first response", async () => {
    const lead = await createLead(db);
    const now = new Date("2026-12-01T10:00:00Z");
    await changeLeadStatus(db, staff, { leadId: lead.id, from: "NEW", to: "CONTACTED", now });
    await changeLeadStatus(db, staff, { leadId: lead.id, from: "CONTACTED", to: "QUOTED", now: new Date("2026-12-02T10:00:00Z") });
    const stored = await db.inquiry.findUniqueOrThrow({ where: { id: lead.id } });
    expect(stored).toMatchObject({ status: "QUOTED", firstRespondedAt: now });
    expect((await eventsOf(lead.id)).map((event) => [event.type, event.fromStatus, event.toStatus, event.actorId])).toEqual([
      ["STATUS_CHANGED", "NEW", "CONTACTED", staff.id],
      ["STATUS_CHANGED", "CONTACTED", "QUOTED", staff.id],
    ]);
  });

  it("does not count calling a lead spam as answering it", async () => {
    const lead = await createLead(db);
    await changeLeadStatus(db, staff, { leadId: lead.id, from: "NEW", to: "SPAM" });
    await changeLeadStatus(db, staff, { leadId: lead.id, from: "SPAM", to: "NEW" });
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ status: "NEW", firstRespondedAt: null });
  });

  it("lets exactly one of two simultaneous changes win; the other is told what the lead is now", async () => {
    // A second client has its own pool, as a second app instance (or a second staff member's
    // request on another instance) would, so the two transactions really overlap.
    const other = createPrismaClient(databaseUrl, { poolSize: 4 });
    try {
      const leads = await Promise.all(Array.from({ length: 8 }, () => createLead(db)));
      for (const lead of leads) {
        const results = await Promise.allSettled([
          changeLeadStatus(db, staff, { leadId: lead.id, from: "NEW", to: "CONTACTED" }),
          changeLeadStatus(other, owner, { leadId: lead.id, from: "NEW", to: "QUOTED" }),
        ]);
        const won = results.filter((result) => result.status === "fulfilled");
        const lost = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(lost[0].reason).toMatchObject({ code: "lead-conflict" });
        const { status } = await db.inquiry.findUniqueOrThrow({ where: { id: lead.id } });
        const label = status === "CONTACTED" ? "Contacted" : "Quoted";
        expect(lost[0].reason.message).toBe(`Someone else changed this lead to ${label} just now. Reload to see the latest.`);
        const events = await eventsOf(lead.id);
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({ fromStatus: "NEW", toStatus: status });
      }
    } finally {
      await other.$disconnect();
    }
  });

  it("refuses a move the pipeline does not have, and changes nothing", async () => {
    const lead = await createLead(db);
    const attempt = changeLeadStatus(db, staff, { leadId: lead.id, from: "NEW", to: "WON" });
    await expect(attempt).rejects.toMatchObject({ code: "lead-transition-not-allowed" });
    await expect(attempt).rejects.toThrow("A lead that is New cannot be moved to Won.");
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ status: "NEW" });
    expect(await eventsOf(lead.id)).toEqual([]);
  });

  it("says so when the lead does not exist, including for an id that is not one", async () => {
    await expect(changeLeadStatus(db, staff, { leadId: crypto.randomUUID(), from: "NEW", to: "CONTACTED" })).rejects.toMatchObject({ code: "lead-not-found" });
    await expect(changeLeadStatus(db, staff, { leadId: "1 OR 1=1", from: "NEW", to: "CONTACTED" })).rejects.toMatchObject({ code: "lead-not-found" });
  });

  it("refuses to change an erased lead", async () => {
    const lead = await createLead(db);
    await eraseLead(db, owner, { leadId: lead.id });
    await expect(changeLeadStatus(db, staff, { leadId: lead.id, from: "NEW", to: "CONTACTED" })).rejects.toMatchObject({ code: "lead-erased" });
    expect((await eventsOf(lead.id)).map((event) => event.type)).toEqual(["ERASED"]);
  });
});
