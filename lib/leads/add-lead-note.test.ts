import { beforeAll, expect, it } from "vitest";
import type { StaffMember } from "@/lib/auth/staff-member";
import { ExpectedError } from "@/lib/errors/expected-error";
import { createLead } from "@/test/support/lead-fixtures";
import { createStaff } from "@/test/support/staff-fixtures";
import { describeEachDatabase } from "@/test/test-databases";
import { addLeadNote } from "./add-lead-note";
import { eraseLead } from "./erase-lead";

describeEachDatabase("addLeadNote", { poolSize: 2 }, ({ db }) => {
  let staff: StaffMember;
  beforeAll(async () => {
    staff = await createStaff(db);
  });

  const validationErrorOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => null, (reason: unknown) => reason);
    expect(error).toMatchObject({ code: "lead-invalid" });
    return (error as ExpectedError).fieldErrors;
  };

  it("stores the trimmed note with its author, keeping its line breaks", async () => {
    const lead = await createLead(db);
    const { id } = await addLeadNote(db, staff, { leadId: lead.id, body: "  Called back.\r\nWants March.\n\n " });
    expect(await db.leadNote.findUniqueOrThrow({ where: { id } })).toMatchObject({ inquiryId: lead.id, authorId: staff.id, body: "Called back.\nWants March." });
  });

  it("refuses an empty note, a note over 5,000 characters and control characters, with the field's error", async () => {
    const lead = await createLead(db);
    expect(await validationErrorOf(addLeadNote(db, staff, { leadId: lead.id, body: " \n\t " }))).toEqual({ body: ["Write something in the note"] });
    expect(await validationErrorOf(addLeadNote(db, staff, { leadId: lead.id, body: "x".repeat(5_001) }))).toEqual({
      body: ["The note can be at most 5,000 characters"],
    });
    expect(await validationErrorOf(addLeadNote(db, staff, { leadId: lead.id, body: "a\u0000b" }))).toEqual({ body: ["The note contains characters we cannot accept"] });
    expect(await validationErrorOf(addLeadNote(db, staff, { leadId: lead.id, body: 42 }))).toEqual({ body: ["The note must be text"] });
    expect(await db.leadNote.count({ where: { inquiryId: lead.id } })).toBe(0);
  });

  it("counts characters as the database does: 5,000 emoji fit", async () => {
    const lead = await createLead(db);
    await addLeadNote(db, staff, { leadId: lead.id, body: "🎸".repeat(5_000) });
    expect(await db.leadNote.count({ where: { inquiryId: lead.id } })).toBe(1);
  });

  it("refuses missing and erased leads", async () => {
    await expect(addLeadNote(db, staff, { leadId: crypto.randomUUID(), body: "Hello" })).rejects.toMatchObject({ code: "lead-not-found" });
    await expect(addLeadNote(db, staff, { leadId: "not-an-id", body: "Hello" })).rejects.toMatchObject({ code: "lead-not-found" });
    const lead = await createLead(db);
    await eraseLead(db, await createStaff(db, "OWNER"), { leadId: lead.id });
    await expect(addLeadNote(db, staff, { leadId: lead.id, body: "Hello" })).rejects.toMatchObject({ code: "lead-erased" });
    expect(await db.leadNote.count({ where: { inquiryId: lead.id } })).toBe(0);
  });
});
