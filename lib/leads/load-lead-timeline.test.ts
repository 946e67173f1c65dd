import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { inquiryContext } from "@/test/support/inquiry-fixtures";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { addLeadNote } from "./add-lead-note";
import { assignLead } from "./assign-lead";
import { changeLeadStatus } from "./change-lead-status";
import { eraseLead } from "./erase-lead";
import { loadLead } from "./load-lead";
import { loadLeadTimeline } from "./load-lead-timeline";
import { queueLeadReply } from "./queue-lead-reply";
import { retryOutboxMessage } from "./retry-outbox-message";

describeEachDatabase("loadLead and loadLeadTimeline", { poolSize: 4 }, ({ db }) => {
  let sam: StaffMember;
  let owner: StaffMember;
  beforeAll(async () => {
    sam = await createStaff(db, "STAFF", { name: "Sam Okafor" });
    owner = await createStaff(db, "OWNER", { name: "Alex Brandt" });
  });

  const person = (member: StaffMember) => ({ id: member.id, name: member.name, email: member.email });
  // Minutes after the tests started; each lead is created at about that time.
  const start = Date.now();
  const at = (minutes: number) => new Date(start + minutes * 60_000);

  it("loads the lead with its assignee, and nothing for an unknown id", async () => {
    const lead = await createLead(db);
    await assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: null, assigneeId: sam.id });
    expect(await loadLead(db, lead.id)).toMatchObject({ id: lead.id, email: lead.input.email, assignee: { ...person(sam), role: "STAFF", deactivatedAt: null } });
    expect(await loadLead(db, crypto.randomUUID())).toBeNull();
    expect(await loadLead(db, "SD-12345")).toBeNull();
  });

  it("tells the lead's story in order, with who did what", async () => {
    const lead = await createLead(db);
    const settings = inquiryContext(db).emailSettings;
    await assignLead(db, sam, { leadId: lead.id, expectedAssigneeId: null, assigneeId: sam.id, now: at(1) });
    await addLeadNote(db, sam, { leadId: lead.id, body: "Sounds like a good fit.", now: at(2) });
    const reply = await queueLeadReply(db, sam, { leadId: lead.id, body: "Hi Kofi, when can you come in?", now: at(3) }, settings);
    await db.outboxMessage.update({ where: { id: reply }, data: { status: "DEAD", attempts: 1, lastError: "550 No such mailbox here" } });
    await retryOutboxMessage(db, owner, { messageId: reply, leadId: lead.id, now: at(4) });
    await changeLeadStatus(db, owner, { leadId: lead.id, from: "CONTACTED", to: "QUOTED", now: at(5) });

    const timeline = await loadLeadTimeline(db, lead.id);
    // A retried email stays where it was first queued; the retry is an entry of its own.
    expect(timeline.map((item) => item.kind)).toEqual(["created", "email", "email", "assigned", "note", "email", "status", "retried", "status"]);
    expect(timeline[3]).toEqual({ kind: "assigned", at: at(1), actor: person(sam), assignee: person(sam) });
    expect(timeline[4]).toMatchObject({ kind: "note", at: at(2), author: person(sam), body: "Sounds like a good fit." });
    expect(timeline[6]).toEqual({ kind: "status", at: at(3), actor: person(sam), from: "NEW", to: "CONTACTED" });
    expect(timeline[7]).toEqual({ kind: "retried", at: at(4), actor: person(owner), emailId: reply });
    expect(timeline[5]).toMatchObject({
      kind: "email",
      id: reply,
      emailKind: "lead.reply",
      toAddress: lead.input.email,
      status: "PENDING",
      attempts: 0,
      lastError: "550 No such mailbox here",
      queuedBy: person(sam),
      text: expect.stringContaining("Hi Kofi, when can you come in?"),
    });
    expect(timeline[8]).toMatchObject({ kind: "status", actor: person(owner), from: "CONTACTED", to: "QUOTED" });
    expect(timeline.filter((item) => item.kind === "email" && item.emailKind !== "lead.reply")).toEqual([
      expect.objectContaining({ queuedBy: null, text: null, status: "PENDING" }),
      expect.objectContaining({ queuedBy: null, text: null, status: "PENDING" }),
    ]);
  });

  it("puts a reply before the move to CONTACTED it caused", async () => {
    const lead = await createLead(db);
    await queueLeadReply(db, sam, { leadId: lead.id, body: "Hello", now: at(1) }, inquiryContext(db).emailSettings);
    const kinds = (await loadLeadTimeline(db, lead.id)).map((item) => (item.kind === "email" ? item.emailKind : item.kind));
    expect(kinds.slice(-2)).toEqual(["lead.reply", "status"]);
  });

  it("keeps the trail of an erased lead, without its notes", async () => {
    const lead = await createLead(db);
    await addLeadNote(db, sam, { leadId: lead.id, body: "Kofi called." });
    await eraseLead(db, owner, { leadId: lead.id, now: at(1) });
    const timeline = await loadLeadTimeline(db, lead.id);
    expect(timeline.map((item) => item.kind)).toEqual(["created", "email", "email", "erased"]);
    expect(timeline[3]).toEqual({ kind: "erased", at: at(1), actor: person(owner) });
    expect(timeline[1]).toMatchObject({ toAddress: "", subject: "(erased)", status: "DEAD" });
  });

  it("is empty for an unknown lead", async () => {
    expect(await loadLeadTimeline(db, crypto.randomUUID())).toEqual([]);
    expect(await loadLeadTimeline(db, "nope")).toEqual([]);
  });
});
